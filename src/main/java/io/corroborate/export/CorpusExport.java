package io.corroborate.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.corroborate.api.AnyOf;
import io.corroborate.curation.CuratedCorpus;
import io.corroborate.entity.EntityRelation;
import io.corroborate.entity.NamedEntity;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.corroborate.fact.FactKind;
import io.corroborate.source.Source;
import io.corroborate.story.Story;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A story in the curated corpus format (db/corpus/README.md) that CorpusLoader reads back: the story, the sources its
 * claims cite, the entities its facts are about or its claims name with their relations (and the entities at the
 * other end of those), and its facts with their standing claims. Retracted claims and claims without an excerpt are
 * left out, as the format has no place for them; facts merged into another are left out too.
 */
@ApplicationScoped
public class CorpusExport {

    private final ObjectWriter writer;

    public CorpusExport(ObjectMapper json) {
        this.writer = Downloads.pretty(json.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL));
    }

    /** The file's bytes: pretty JSON in the format's key order, the same bytes for the same story. */
    public byte[] file(Story story) throws JsonProcessingException {
        return (writer.writeValueAsString(corpus(story)) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public CuratedCorpus corpus(Story story) {
        Evidence evidence = Evidence.of(story);
        List<Claim> claims = evidence.facts.stream().flatMap(f -> exported(evidence, f).stream()).toList();
        Claim first = claims.isEmpty() ? null : claims.get(0);
        String curator = first == null ? story.key : first.curatedBy;
        Instant curatedAt = first == null ? Instant.EPOCH : first.curatedAt;
        Map<Long, NamedEntity> entities = new LinkedHashMap<>(evidence.entities);
        List<EntityRelation> relations = EntityRelation.list("any_of(subjectId, ?1) or any_of(objectId, ?1) order by id",
                AnyOf.ids(entities.keySet()));
        List<Long> others = relations.stream().flatMap(r -> Stream.of(r.subjectId, r.objectId))
                .filter(id -> !entities.containsKey(id)).distinct().toList();
        NamedEntity.<NamedEntity>list("any_of(id, ?1)", AnyOf.ids(others)).forEach(e -> entities.put(e.id, e));
        return new CuratedCorpus(curator, curatedAt, new CuratedCorpus.Story(story.key, story.title, story.summary),
                evidence.sources.values().stream().filter(s -> claims.stream().anyMatch(c -> c.sourceId.equals(s.id))).map(CorpusExport::source).toList(),
                entities.values().stream().sorted(Comparator.comparing(e -> e.id)).map(CorpusExport::entity).toList(),
                relations.stream().map(r -> relation(r, entities)).toList(),
                evidence.facts.stream().map(f -> fact(evidence, f, curator, curatedAt)).toList());
    }

    private static List<Claim> exported(Evidence evidence, Fact fact) {
        return evidence.claims(fact).stream().filter(c -> c.excerpt != null && c.excerpt.exact != null).toList();
    }

    private static CuratedCorpus.Source source(Source source) {
        return new CuratedCorpus.Source(source.key, source.articleFile != null ? source.articleFile : source.key + ".txt",
                source.contentSha256, source.outlet, source.headline, source.author, source.url,
                PublishedDate.text(source.getPublished()), source.language);
    }

    private static CuratedCorpus.Entity entity(NamedEntity entity) {
        return new CuratedCorpus.Entity(entity.key, entity.kind, entity.name, entity.description, List.copyOf(entity.aliases));
    }

    private static CuratedCorpus.Relation relation(EntityRelation relation, Map<Long, NamedEntity> entities) {
        return new CuratedCorpus.Relation(entities.get(relation.subjectId).key, relation.kind, entities.get(relation.objectId).key,
                Objects.toString(relation.since, null), Objects.toString(relation.until, null), relation.note);
    }

    private static CuratedCorpus.Fact fact(Evidence evidence, Fact fact, String curator, Instant curatedAt) {
        List<String> subjects = evidence.subjects.get(fact.id).stream().map(id -> evidence.entity(id).key).toList();
        List<CuratedCorpus.Claim> claims = new ArrayList<>();
        for (Claim claim : exported(evidence, fact)) {
            Source source = evidence.sources.get(claim.sourceId);
            NamedEntity named = evidence.entity(claim.valueEntityId);
            var excerpt = claim.excerpt;
            claims.add(new CuratedCorpus.Claim(claim.key.equals(fact.key + "/" + source.key) ? null : claim.key, source.key,
                    claim.valueAsWritten, claim.interpretedAs,
                    fact.kind == FactKind.QUOTE && named != null ? named.key : null,
                    fact.kind != FactKind.QUOTE && named != null ? named.key : null, claim.note,
                    new CuratedCorpus.Excerpt(excerpt.exact, excerpt.start, excerpt.end, excerpt.prefix, excerpt.suffix),
                    curator.equals(claim.curatedBy) ? null : claim.curatedBy, curatedAt.equals(claim.curatedAt) ? null : claim.curatedAt));
        }
        return new CuratedCorpus.Fact(fact.key, fact.kind, fact.question, subjects, claims);
    }
}
