package io.corroborate.fact;

import io.corroborate.api.AnyOf;
import io.corroborate.api.Batch;
import io.corroborate.api.Cursor;
import io.corroborate.api.PageInfo;
import io.corroborate.api.PagingConfig;
import io.corroborate.entity.NamedEntity;
import io.corroborate.story.Story;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

@GraphQLApi
public class FactApi {

    private static final String LISTING = "fact";

    @Inject
    PagingConfig paging;

    @Query("facts")
    @Description("Facts, one page at a time in curation order, optionally filtered; all filters combine (AND).")
    public FactConnection facts(
            @Name("story") @Id @Description("Only facts of this story (story id).") String story,
            @Name("kind") @Description("Only facts of this kind.") FactKind kind,
            @Name("source") @Id @Description("Only facts this source makes a claim about (source id).") String source,
            @Name("entity") @Id @Description("Only facts about this entity or with a claim attributed to it (entity id).") String entity,
            @Name("search") @Description("Case-insensitive text to find in the question, a value as written or an excerpt.") String search,
            @Name("first") @Description("Page size: how many facts to return (default and maximum are set by the server, normally 20 and 100).") Integer first,
            @Name("after") @Description("Return the facts after this cursor (an endCursor of a previous page).") String after) {
        int size = paging.size(first);
        FactFilter filter = FactFilter.of(story, kind, source, entity, search);
        long afterId = after == null ? 0 : Cursor.decode(LISTING, after, "after");
        FactFilter page = filter.and("f.id > :after", "after", afterId);
        List<Fact> rows = Fact.<Fact>find("from Fact f where " + page.where() + " order by f.id", page.parameters())
                .range(0, size - 1).list();
        boolean hasNext = Fact.count("from Fact f where " + page.where(), page.parameters()) > rows.size();
        boolean hasPrevious = after != null
                && Fact.count("from Fact f where " + filter.and("f.id <= :upTo", "upTo", afterId).where(),
                filter.and("f.id <= :upTo", "upTo", afterId).parameters()) > 0;
        List<FactConnection.FactEdge> edges = rows.stream()
                .map(f -> new FactConnection.FactEdge(Cursor.encode(LISTING, f.id), f)).toList();
        PageInfo pageInfo = new PageInfo(hasNext, hasPrevious,
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new FactConnection(edges, pageInfo, Fact.count("from Fact f where " + filter.where(), filter.parameters()));
    }

    @Query("fact")
    @Description("One fact by its id; null if there is none.")
    public Fact fact(@Name("id") @Id @Description("The fact's id, e.g. \"crocus-attack-date\".") String id) {
        return Fact.byKey(id).orElse(null);
    }

    @Description("What each source says for this fact, in curation order.")
    public List<List<Claim>> claims(@Source List<Fact> facts) {
        List<Claim> claims = Claim.list("any_of(factId, ?1) and retractedAt is null order by id", AnyOf.ids(Batch.ids(facts, f -> f.id)));
        return Batch.children(facts, f -> f.id, claims, c -> c.factId);
    }

    @Description("Claims on this fact that curators have retracted, kept on record with the reason.")
    public List<List<Claim>> retractedClaims(@Source List<Fact> facts) {
        List<Claim> claims = Claim.list("any_of(factId, ?1) and retractedAt is not null order by id", AnyOf.ids(Batch.ids(facts, f -> f.id)));
        return Batch.children(facts, f -> f.id, claims, c -> c.factId);
    }

    @Description("The fact this one was merged into, when curators found both ask the same question; null otherwise.")
    public List<Fact> mergedInto(@Source List<Fact> facts) {
        List<Fact> targets = Fact.list("any_of(id, ?1)", AnyOf.ids(Batch.ids(facts, f -> f.mergedIntoId)));
        return Batch.references(facts, f -> f.mergedIntoId, targets, f -> f.id);
    }

    @Description("The story the fact belongs to.")
    public List<Story> story(@Source List<Fact> facts) {
        List<Story> stories = Story.list("any_of(id, ?1)", AnyOf.ids(Batch.ids(facts, f -> f.storyId)));
        return Batch.references(facts, f -> f.storyId, stories, s -> s.id);
    }

    @Description("The people, organisations and places the fact is about.")
    public List<List<NamedEntity>> entities(@Source List<Fact> facts) {
        List<FactSubject> links = FactSubject.list("any_of(factId, ?1)", AnyOf.ids(Batch.ids(facts, f -> f.id)));
        List<NamedEntity> entities = NamedEntity.list("any_of(id, ?1) order by name", AnyOf.ids(Batch.ids(links, l -> l.entityId)));
        return Batch.through(facts, f -> f.id, links, l -> l.factId, l -> l.entityId, entities, e -> e.id);
    }

    @Name("facts")
    @Description("Every fact of the story, in curation order; use `facts(story: ...)` to page or filter them.")
    public List<List<Fact>> storyFacts(@Source List<Story> stories) {
        List<Fact> facts = Fact.list("any_of(storyId, ?1) and mergedIntoId is null order by id", AnyOf.ids(Batch.ids(stories, s -> s.id)));
        return Batch.children(stories, s -> s.id, facts, f -> f.storyId);
    }

    @Description("Every fact this entity is the subject of.")
    public List<List<Fact>> factsAbout(@Source List<NamedEntity> entities) {
        List<FactSubject> links = FactSubject.list("any_of(entityId, ?1)", AnyOf.ids(Batch.ids(entities, e -> e.id)));
        List<Fact> facts = Fact.list("any_of(id, ?1) order by id", AnyOf.ids(Batch.ids(links, l -> l.factId)));
        return Batch.through(entities, e -> e.id, links, l -> l.entityId, l -> l.factId, facts, f -> f.id);
    }
}
