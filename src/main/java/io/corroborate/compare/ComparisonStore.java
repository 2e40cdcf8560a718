package io.corroborate.compare;

import io.corroborate.api.AnyOf;
import io.corroborate.api.Batch;
import io.corroborate.entity.EntityRelation;
import io.corroborate.entity.NamedEntity;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.corroborate.source.Source;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps every fact's comparison in PostgreSQL. Database triggers drop a story's comparisons whenever its
 * claims, facts, entities or sources change; the next read recomputes the whole story (misattributions are
 * found across its facts) under the story's advisory lock, so that a concurrent writer can never leave a
 * stale verdict behind, and every replica serves the same stored answer.
 */
@ApplicationScoped
public class ComparisonStore {

    /** The first key of the story advisory locks; the database triggers use the same one. */
    private static final int LOCK_SPACE = 1129270867;

    private final CompareConfig config;

    public ComparisonStore(CompareConfig config) {
        this.config = config;
    }

    /** The comparisons of these facts, recomputing the stories whose comparisons were dropped. */
    public Map<Long, StoredComparison> forFacts(Collection<Long> factIds) {
        Map<Long, StoredComparison> stored = load(factIds);
        if (stored.size() < new LinkedHashSet<>(factIds).size()) {
            Set<Long> missing = new LinkedHashSet<>(factIds);
            missing.removeAll(stored.keySet());
            List<Long> stories = Fact.<Fact>list("any_of(id, ?1)", AnyOf.ids(List.copyOf(missing))).stream().map(f -> f.storyId).distinct().toList();
            stories.forEach(this::refresh);
            stored = load(factIds);
        }
        return stored;
    }

    /** Recomputes the stories (all when null) with a fact whose comparison was dropped. */
    public void refreshStale(Collection<Long> storyIds) {
        String stale = "select distinct f.storyId from Fact f where not exists (select 1 from StoredComparison c where c.factId = f.id)";
        List<Long> stories = storyIds == null
                ? Fact.getEntityManager().createQuery(stale, Long.class).getResultList()
                : Fact.getEntityManager().createQuery(stale + " and any_of(f.storyId, :stories)", Long.class)
                .setParameter("stories", AnyOf.ids(storyIds)).getResultList();
        stories.forEach(this::refresh);
    }

    /** Recomputes and stores the comparisons of one story, unless another request did so meanwhile. */
    public void refresh(Long storyId) {
        QuarkusTransaction.requiringNew().run(() -> {
            StoredComparison.getEntityManager()
                    .createNativeQuery("select pg_advisory_xact_lock(" + LOCK_SPACE + ", cast(?1 as integer))")
                    .setParameter(1, storyId).getSingleResult();
            List<Fact> facts = Fact.list("storyId = ?1 order by id", storyId);
            if (facts.isEmpty() || StoredComparison.count("storyId", storyId) == facts.size()) {
                return;
            }
            StoredComparison.delete("storyId", storyId);
            Map<String, FactComparison> results = Comparison.story(inputs(facts), config.tolerances(), graph());
            for (Fact fact : facts) {
                StoredComparison.of(fact.id, storyId, results.get(fact.key)).persist();
            }
        });
    }

    private static Map<Long, StoredComparison> load(Collection<Long> factIds) {
        if (factIds.isEmpty()) {
            return Map.of();
        }
        List<StoredComparison> rows = StoredComparison.list("any_of(factId, ?1)", AnyOf.ids(List.copyOf(new LinkedHashSet<>(factIds))));
        return Batch.index(rows, r -> r.factId);
    }

    private static List<Comparison.FactClaims> inputs(List<Fact> facts) {
        List<Claim> claims = Claim.list("any_of(factId, ?1) and retractedAt is null order by id", AnyOf.ids(facts.stream().map(f -> f.id).toList()));
        Map<Long, Source> sources = Batch.index(Source.<Source>list("any_of(id, ?1)", AnyOf.ids(claims.stream().map(c -> c.sourceId).distinct().toList())), s -> s.id);
        List<Long> entityIds = claims.stream().map(c -> c.valueEntityId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, NamedEntity> entities = entityIds.isEmpty() ? new HashMap<>() : Batch.index(NamedEntity.<NamedEntity>list("any_of(id, ?1)", AnyOf.ids(entityIds)), e -> e.id);
        Map<Long, List<ComparedClaim>> byFact = new HashMap<>();
        for (Claim claim : claims) {
            byFact.computeIfAbsent(claim.factId, k -> new ArrayList<>())
                    .add(compared(claim, sources.get(claim.sourceId), entities.get(claim.valueEntityId)));
        }
        return facts.stream().map(f -> new Comparison.FactClaims(f.key, byFact.getOrDefault(f.id, List.of()))).toList();
    }

    /** Every relation between entities, as the rules see them. */
    public static EntityGraph graph() {
        List<EntityRelation> relations = EntityRelation.listAll();
        if (relations.isEmpty()) {
            return EntityGraph.NONE;
        }
        Map<Long, NamedEntity> entities = Batch.index(NamedEntity.<NamedEntity>list("any_of(id, ?1)", AnyOf.ids(relations.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.subjectId, r.objectId)).distinct().toList())), e -> e.id);
        List<EntityGraph.Link> links = relations.stream().map(r -> new EntityGraph.Link(entities.get(r.subjectId).key, r.kind,
                entities.get(r.objectId).key)).toList();
        Map<String, String> names = new HashMap<>();
        entities.values().forEach(e -> names.put(e.key, e.name));
        return new EntityGraph(links, names);
    }

    /** A claim as the rules see it. */
    public static ComparedClaim compared(Claim claim, Source source, NamedEntity entity) {
        Set<String> names = new LinkedHashSet<>();
        if (entity != null) {
            names.add(entity.name);
            names.addAll(entity.aliases);
        }
        return new ComparedClaim(claim.key, source.key, label(source), claim.valueAsWritten, claim.getValue(),
                entity == null ? null : entity.key, names);
    }

    /** How a source is named in explanations: its outlet, or its headline in quotes. */
    public static String label(Source source) {
        return source.outlet != null ? source.outlet : "\u201C" + source.headline + "\u201D";
    }
}
