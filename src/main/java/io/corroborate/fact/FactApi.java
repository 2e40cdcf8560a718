package io.corroborate.fact;

import io.corroborate.api.AnyOf;
import io.corroborate.api.Batch;
import io.corroborate.api.Window;
import io.corroborate.api.PagingConfig;
import io.corroborate.entity.NamedEntity;
import io.corroborate.story.Story;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

@GraphQLApi
public class FactApi {

    private static final String LISTING = "fact";

    @Inject
    PagingConfig paging;

    @Query("facts")
    @Description("Facts, one page at a time in curation order, optionally filtered; all filters combine (AND)."
            + " Page forward with `first`/`after`, backward with `last`/`before`.")
    public @NonNull FactConnection facts(
            @Name("story") @Id @Description("Only facts of this story (story id).") String story,
            @Name("kind") @Description("Only facts of this kind.") FactKind kind,
            @Name("source") @Id @Description("Only facts this source makes a claim about (source id).") String source,
            @Name("entity") @Id @Description("Only facts about this entity or with a claim attributed to it (entity id).") String entity,
            @Name("search") @Description("Case-insensitive text to find in the question, a value as written or an excerpt.") String search,
            @Name("first") @Description("Page size counted from the start or from `after` (default and maximum are set by the server, normally 20 and 100).") Integer first,
            @Name("after") @Description("Return the facts after this cursor (an endCursor of a previous page).") String after,
            @Name("last") @Description("Page size counted from the end or from `before`; not with `first`.") Integer last,
            @Name("before") @Description("Return the facts before this cursor (a startCursor of a later page).") String before) {
        Window window = Window.of(paging, LISTING, 1, first, after, last, before);
        FactFilter filter = FactFilter.of(story, kind, source, entity, search);
        FactFilter bounded = filter;
        if (window.after() != null) {
            bounded = bounded.and("f.id > :after", "after", window.after()[0]);
        }
        if (window.before() != null) {
            bounded = bounded.and("f.id < :before", "before", window.before()[0]);
        }
        List<Fact> rows = Fact.<Fact>find("from Fact f where " + bounded.where() + " order by f.id " + (window.backward() ? "desc" : "asc"),
                bounded.parameters()).range(0, window.limit() - 1).list();
        FactFilter beyond = window.backward()
                ? filter.and("f.id >= :cursor", "cursor", window.before() == null ? 0L : window.before()[0])
                : filter.and("f.id <= :cursor", "cursor", window.after() == null ? 0L : window.after()[0]);
        Window.Page<Fact> page = window.page(rows, f -> new long[] {f.id}, f -> f,
                () -> !Fact.find("from Fact f where " + beyond.where(), beyond.parameters()).range(0, 0).list().isEmpty());
        return FactConnection.of(page, filter);
    }

    @Description("How many facts match the filters across all pages (counted only when asked for).")
    public int totalCount(@Source FactConnection connection) {
        return (int) Fact.count("from Fact f where " + connection.filter().where(), connection.filter().parameters());
    }

    @Query("fact")
    @Description("One fact by its id; null if there is none.")
    public Fact fact(@Name("id") @Id @org.eclipse.microprofile.graphql.NonNull @Description("The fact's id, e.g. \"crocus-attack-date\".") String id) {
        return Fact.byKey(id).orElse(null);
    }

    @Description("What each source says for this fact, in curation order.")
    public @NonNull List<List<@NonNull Claim>> claims(@Source List<Fact> facts) {
        List<Claim> claims = Claim.list("any_of(factId, ?1) and retractedAt is null order by id", AnyOf.ids(Batch.ids(facts, f -> f.id)));
        return Batch.children(facts, f -> f.id, claims, c -> c.factId);
    }

    @Description("Claims on this fact that curators have retracted, kept on record with the reason.")
    public @NonNull List<List<@NonNull Claim>> retractedClaims(@Source List<Fact> facts) {
        List<Claim> claims = Claim.list("any_of(factId, ?1) and retractedAt is not null order by id", AnyOf.ids(Batch.ids(facts, f -> f.id)));
        return Batch.children(facts, f -> f.id, claims, c -> c.factId);
    }

    @Description("The fact this one was merged into, when curators found both ask the same question; null otherwise.")
    public List<Fact> mergedInto(@Source List<Fact> facts) {
        List<Fact> targets = Fact.list("any_of(id, ?1)", AnyOf.ids(Batch.ids(facts, f -> f.mergedIntoId)));
        return Batch.references(facts, f -> f.mergedIntoId, targets, f -> f.id);
    }

    @Description("The story the fact belongs to.")
    public @NonNull List<@NonNull Story> story(@Source List<Fact> facts) {
        List<Story> stories = Story.list("any_of(id, ?1)", AnyOf.ids(Batch.ids(facts, f -> f.storyId)));
        return Batch.references(facts, f -> f.storyId, stories, s -> s.id);
    }

    @Description("The people, organisations and places the fact is about.")
    public @NonNull List<List<@NonNull NamedEntity>> entities(@Source List<Fact> facts) {
        List<FactSubject> links = FactSubject.list("any_of(factId, ?1)", AnyOf.ids(Batch.ids(facts, f -> f.id)));
        List<NamedEntity> entities = NamedEntity.list("any_of(id, ?1) order by name", AnyOf.ids(Batch.ids(links, l -> l.entityId)));
        return Batch.through(facts, f -> f.id, links, l -> l.factId, l -> l.entityId, entities, e -> e.id);
    }

    @Name("facts")
    @Description("Every fact of the story, in curation order; use `facts(story: ...)` to page or filter them.")
    public @NonNull List<List<@NonNull Fact>> storyFacts(@Source List<Story> stories) {
        List<Fact> facts = Fact.list("any_of(storyId, ?1) and mergedIntoId is null order by id", AnyOf.ids(Batch.ids(stories, s -> s.id)));
        return Batch.children(stories, s -> s.id, facts, f -> f.storyId);
    }

    @Description("Every fact this entity is the subject of.")
    public @NonNull List<List<@NonNull Fact>> factsAbout(@Source List<NamedEntity> entities) {
        List<FactSubject> links = FactSubject.list("any_of(entityId, ?1)", AnyOf.ids(Batch.ids(entities, e -> e.id)));
        List<Fact> facts = Fact.list("any_of(id, ?1) order by id", AnyOf.ids(Batch.ids(links, l -> l.factId)));
        return Batch.through(entities, e -> e.id, links, l -> l.entityId, l -> l.factId, facts, f -> f.id);
    }
}
