package io.corroborate.fact;

import io.corroborate.api.AnyOf;
import io.corroborate.api.Batch;
import io.corroborate.entity.NamedEntity;
import io.corroborate.source.Source;
import io.corroborate.story.Story;
import io.corroborate.value.QuoteValue;
import io.corroborate.value.TextValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/** Claims and the fields that lead to them from sources, stories and entities. */
@GraphQLApi
public class ClaimApi {

    @Query("claim")
    @Description("One claim by its id; null if there is none.")
    public Claim claim(@Name("id") @Id @org.eclipse.microprofile.graphql.NonNull @Description("The claim's id, e.g. \"crocus-attack-date/nysun\".") String id) {
        return Claim.<Claim>find("key", id).firstResult();
    }

    @Description("The fact this claim answers.")
    public @NonNull List<@NonNull Fact> fact(@org.eclipse.microprofile.graphql.Source List<Claim> claims) {
        List<Fact> facts = Fact.list("any_of(id, ?1)", AnyOf.ids(Batch.ids(claims, c -> c.factId)));
        return Batch.references(claims, c -> c.factId, facts, f -> f.id);
    }

    @Description("The article that makes this claim.")
    public @NonNull List<@NonNull Source> source(@org.eclipse.microprofile.graphql.Source List<Claim> claims) {
        List<Source> sources = Source.list("any_of(id, ?1)", AnyOf.ids(Batch.ids(claims, c -> c.sourceId)));
        return Batch.references(claims, c -> c.sourceId, sources, s -> s.id);
    }

    @Description("Every claim taken from this article, in curation order.")
    public @NonNull List<List<@NonNull Claim>> claims(@org.eclipse.microprofile.graphql.Source List<Source> sources) {
        List<Claim> claims = Claim.list("any_of(sourceId, ?1) and retractedAt is null order by id", AnyOf.ids(Batch.ids(sources, s -> s.id)));
        return Batch.children(sources, s -> s.id, claims, c -> c.sourceId);
    }

    @Name("claims")
    @Description("Every claim whose value is attributed to this entity or names it: the quotes the sources put in its mouth"
            + " and the textual answers that name it.")
    public @NonNull List<List<@NonNull Claim>> entityClaims(@org.eclipse.microprofile.graphql.Source List<NamedEntity> entities) {
        List<Claim> claims = Claim.list("any_of(valueEntityId, ?1) and retractedAt is null order by id", AnyOf.ids(Batch.ids(entities, e -> e.id)));
        return Batch.children(entities, e -> e.id, claims, c -> c.valueEntityId);
    }

    @Description("The articles with at least one claim about the story's facts.")
    public @NonNull List<List<@NonNull Source>> sources(@org.eclipse.microprofile.graphql.Source List<Story> stories) {
        List<Object[]> rows = Source.getEntityManager().createQuery("""
                select distinct f.storyId, s.id from Claim c, Fact f, Source s
                where c.factId = f.id and c.sourceId = s.id and c.retractedAt is null and any_of(f.storyId, :stories)""", Object[].class)
                .setParameter("stories", AnyOf.ids(Batch.ids(stories, s -> s.id))).getResultList();
        List<Source> sources = Source.list("any_of(id, ?1) order by id", AnyOf.ids(Batch.ids(rows, r -> (Long) r[1])));
        return Batch.through(stories, s -> s.id, rows, r -> (Long) r[0], r -> (Long) r[1], sources, s -> s.id);
    }

    @Description("The person or organisation the source says spoke these words.")
    public List<NamedEntity> speaker(@org.eclipse.microprofile.graphql.Source List<QuoteValue> quotes) {
        List<NamedEntity> entities = NamedEntity.list("any_of(id, ?1)", AnyOf.ids(Batch.ids(quotes, QuoteValue::speakerId)));
        return Batch.references(quotes, QuoteValue::speakerId, entities, e -> e.id);
    }

    @Description("The entity the text names, when the curator linked one (e.g. \"ISIS-K\" to Islamic State Khorasan Province); null otherwise.")
    public List<NamedEntity> entity(@org.eclipse.microprofile.graphql.Source List<TextValue> texts) {
        List<NamedEntity> entities = NamedEntity.list("any_of(id, ?1)", AnyOf.ids(Batch.ids(texts, TextValue::entityId)));
        return Batch.references(texts, TextValue::entityId, entities, e -> e.id);
    }

    @Name("entity")
    @Description("The entity the answer names.")
    public @NonNull List<@NonNull NamedEntity> answerEntity(@org.eclipse.microprofile.graphql.Source List<io.corroborate.value.EntityValue> answers) {
        List<NamedEntity> entities = NamedEntity.list("any_of(id, ?1)", AnyOf.ids(Batch.ids(answers, io.corroborate.value.EntityValue::entityId)));
        return Batch.references(answers, io.corroborate.value.EntityValue::entityId, entities, e -> e.id);
    }
}
