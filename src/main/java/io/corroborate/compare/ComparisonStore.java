package io.corroborate.compare;

import io.corroborate.alert.Alerts;
import io.corroborate.api.AnyOf;
import io.corroborate.api.Batch;
import io.corroborate.entity.EntityRelation;
import io.corroborate.entity.NamedEntity;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.corroborate.source.Source;
import io.corroborate.ops.StatementTimeouts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Keeps every fact's comparison in PostgreSQL, up to date with its claims. Database triggers queue the facts a
 * change can alter (comparison_queue); {@link #settleOwnChanges} recomputes what the current transaction queued
 * before it commits, and {@link #drain} what other writers (bulk imports, SQL) left queued. Recomputing costs
 * what the change touches: the queued facts, the facts whose quotes share a run of words with theirs (found
 * through the quote_shingle index, for the cross-fact misattribution check), not the whole story, unless a large
 * share of the story is queued at once (a bulk import), when the drain compares the whole story once. Readers
 * only read: a fact whose comparison is queued shows its previous comparison and says that a newer one is pending.
 * Recomputations of one story take the story's advisory lock, so a slower one never overwrites a newer result.
 */
@ApplicationScoped
public class ComparisonStore {

    private static final Logger LOG = Logger.getLogger(ComparisonStore.class);

    /** The first key of the story advisory locks. */
    private static final int LOCK_SPACE = 1129270867;

    private final CompareConfig config;
    private final Alerts alerts;
    private final String schema;

    public ComparisonStore(CompareConfig config, Alerts alerts,
                           @ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema") Optional<String> schema) {
        this.config = config;
        this.alerts = alerts;
        this.schema = schema.map(s -> s + ".").orElse("");
    }

    /** The stored comparisons of these facts; a fact never compared yet gets a PENDING placeholder. */
    public Map<Long, StoredComparison> forFacts(Collection<Long> factIds) {
        Map<Long, StoredComparison> stored = new HashMap<>(load(factIds));
        for (Long id : factIds) {
            stored.computeIfAbsent(id, StoredComparison::pending);
        }
        return stored;
    }

    /** Which of these facts have a newer comparison pending. */
    public Set<Long> pending(Collection<Long> factIds) {
        if (factIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em().createQuery("select distinct q.factId from QueuedComparison q where any_of(q.factId, :ids)", Long.class)
                .setParameter("ids", AnyOf.ids(factIds)).getResultList());
    }

    /** How many facts of the story (all stories when null) wait for their comparison. */
    public long pendingFacts(Long storyId) {
        return storyId == null
                ? em().createQuery("select count(distinct q.factId) from QueuedComparison q", Long.class).getSingleResult()
                : em().createQuery("select count(distinct q.factId) from QueuedComparison q where q.storyId = :s", Long.class)
                .setParameter("s", storyId).getSingleResult();
    }

    /** Recomputes the comparisons the current transaction's own writes queued, inside that transaction. */
    public void settleOwnChanges() {
        em().flush();
        String own = "%scomparison_queue where xact = pg_current_xact_id_if_assigned()".formatted(schema);
        List<Object[]> rows = em().createNativeQuery("select story_id, fact_id from " + own, Object[].class).getResultList();
        if (rows.isEmpty()) {
            return;
        }
        Map<Long, Set<Long>> byStory = new TreeMap<>();
        rows.forEach(row -> byStory.computeIfAbsent(((Number) row[0]).longValue(), k -> new TreeSet<>()).add(((Number) row[1]).longValue()));
        byStory.forEach((story, facts) -> {
            lock(story);
            recompute(story, facts);
        });
        em().createNativeQuery("delete from " + own).executeUpdate();
    }

    /**
     * Settles what other transactions left queued: a chunk of facts of one story per transaction, or the whole story
     * at once when a large share of it is queued ({@link CompareConfig#drainWholeStoryShare}).
     * @return how many queue entries were settled
     */
    public int drain(int chunk, java.util.function.BooleanSupplier stop) {
        List<Long> stories = QuarkusTransaction.requiringNew().call(() ->
                em().createQuery("select distinct q.storyId from QueuedComparison q", Long.class).getResultList());
        int settled = 0;
        for (Long story : stories) {
            int done = 0;
            do {
                done = QuarkusTransaction.requiringNew().call(() -> {
                    StatementTimeouts.allowJob(em());
                    return wholeStoryDue(story)
                            ? settle(story, Integer.MAX_VALUE, this::recomputeWholeStory)
                            : settle(story, chunk, this::recompute);
                });
                settled += done;
            } while (done == chunk && !stop.getAsBoolean());
        }
        return settled;
    }

    /** Whether so many of the story's facts are queued that comparing the whole story once costs less than chunks. */
    private boolean wholeStoryDue(Long story) {
        return pendingFacts(story) >= config.drainWholeStoryShare() * Fact.count("storyId", story);
    }

    /** Settles the story's oldest queue entries, at most {@code most}; entries queued meanwhile stay for the next turn. */
    private int settle(Long story, int most, BiConsumer<Long, Set<Long>> recomputation) {
        lock(story);
        List<QueuedComparison> queued = em().createQuery("from QueuedComparison q where q.storyId = :s order by q.id", QueuedComparison.class)
                .setParameter("s", story).setMaxResults(most).getResultList();
        List<Long> entries = queued.stream().map(q -> q.id).toList();
        if (!queued.isEmpty()) {
            recomputation.accept(story, queued.stream().map(q -> q.factId).collect(Collectors.toCollection(TreeSet::new)));
            em().createQuery("delete from QueuedComparison q where any_of(q.id, :ids)")
                    .setParameter("ids", AnyOf.ids(entries)).executeUpdate();
        }
        return entries.size();
    }

    private void lock(Long storyId) {
        em().createNativeQuery("select pg_advisory_xact_lock(" + LOCK_SPACE + ", cast(?1 as integer))")
                .setParameter(1, storyId).getSingleResult();
    }

    /**
     * Recomputes the touched facts and every fact that could suspect them (or that they could suspect) of a
     * misattribution, before and after the change; each of those is compared against all of its own possible
     * partners, so its stored result is the one a comparison of the whole story would give.
     */
    private void recompute(Long storyId, Set<Long> touched) {
        List<Fact> touchedFacts = Fact.list("any_of(id, ?1)", AnyOf.ids(touched));
        Map<String, Comparison.FactClaims> claims = new HashMap<>(Batch.index(inputs(touchedFacts), Comparison.FactClaims::fact));
        Set<Long> affected = reindexAffected(storyId, touched, touchedFacts, List.copyOf(claims.values()));
        Set<Long> compared = new TreeSet<>(affected);
        compared.addAll(neighbours(storyId, affected));
        List<Fact> facts = Fact.list("any_of(id, ?1) order by id", AnyOf.ids(compared));
        claims.putAll(Batch.index(inputs(facts.stream().filter(f -> !touched.contains(f.id)).toList()), Comparison.FactClaims::fact));
        store(storyId, facts, affected, Comparison.story(facts.stream().map(f -> claims.get(f.key)).toList(), config.tolerances(), graph()));
    }

    /**
     * Recomputes a story most of whose facts are queued by comparing all of its facts once, where chunks would
     * compare their overlapping rings of neighbours again and again; stores the touched facts and their neighbours.
     */
    private void recomputeWholeStory(Long storyId, Set<Long> touched) {
        long start = System.nanoTime();
        // the pass changes nothing it reads: Hibernate need neither keep copies of it nor look it over before each query
        em().unwrap(Session.class).setDefaultReadOnly(true);
        em().unwrap(Session.class).setHibernateFlushMode(FlushMode.COMMIT);
        List<Fact> facts = Fact.list("storyId = ?1 or any_of(id, ?2) order by id", storyId, AnyOf.ids(touched));
        List<Comparison.FactClaims> claims = inputs(facts);
        EntityGraph graph = graph();
        // the claims' entities are no longer needed and the session is the drain's own: the results need the room
        em().clear();
        List<Fact> touchedFacts = facts.stream().filter(f -> touched.contains(f.id)).toList();
        Set<String> touchedKeys = touchedFacts.stream().map(f -> f.key).collect(Collectors.toSet());
        Set<Long> affected = reindexAffected(storyId, touched, touchedFacts,
                claims.stream().filter(c -> touchedKeys.contains(c.fact())).toList());
        store(storyId, facts, affected, Comparison.story(claims, config.tolerances(), graph));
        LOG.debugf("story %d compared whole: %d facts, %d queued, %d stored, %d ms", storyId, facts.size(), touched.size(), affected.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Replaces the touched facts' shingles, and says which facts the change can affect: the touched ones and
     * those sharing a shingle with them, before or after.
     */
    private Set<Long> reindexAffected(Long storyId, Set<Long> touched, List<Fact> touchedFacts, List<Comparison.FactClaims> claims) {
        Set<Long> affected = new TreeSet<>(touched);
        affected.addAll(neighbours(storyId, touched));
        reindex(touchedFacts, claims);
        affected.addAll(neighbours(storyId, touched));
        return affected;
    }

    /**
     * Replaces the stored comparisons of the affected facts, a chunk at a time so that the session stays small, and
     * announces the conflicts that opened, changed or closed.
     */
    private void store(Long storyId, List<Fact> facts, Set<Long> affected, Map<String, FactComparison> results) {
        Alerts.VerdictsBefore before = alerts.verdictsBefore(em(), affected);
        StoredComparison.delete("any_of(factId, ?1)", AnyOf.ids(affected));
        em().flush();
        List<StoredComparison> written = new ArrayList<>();
        for (Fact fact : facts) {
            if (affected.contains(fact.id)) {
                StoredComparison stored = StoredComparison.of(fact.id, fact.storyId, results.get(fact.key));
                stored.persist();
                written.add(stored);
            }
            if (written.size() == config.drainChunk()) {
                detach(written);
            }
        }
        detach(written);
        alerts.verdictsStored(em(), storyId, before, affected);
    }

    private static void detach(List<StoredComparison> written) {
        em().flush();
        written.forEach(em()::detach);
        written.clear();
    }

    /** The comparisons of every fact of the story computed together, as a whole-story recomputation would store them. */
    Map<Long, FactComparison> wholeStory(Long storyId) {
        List<Fact> facts = Fact.list("storyId = ?1 order by id", storyId);
        Map<String, FactComparison> results = Comparison.story(inputs(facts), config.tolerances(), graph());
        Map<Long, FactComparison> byId = new HashMap<>();
        facts.forEach(f -> byId.put(f.id, results.get(f.key)));
        return byId;
    }

    /** The facts of the story sharing with these facts a run of quoted words that leads a quote on either side. */
    private Set<Long> neighbours(Long storyId, Collection<Long> factIds) {
        return Set.copyOf(em().createNativeQuery("""
                select distinct other.fact_id from %1$squote_shingle own
                join %1$squote_shingle other on other.story_id = own.story_id and other.shingle = own.shingle
                    and (own.lead or other.lead) and other.fact_id <> own.fact_id
                where own.story_id = ?1 and own.fact_id = any(?2)""".formatted(schema), Long.class)
                .setParameter(1, storyId).setParameter(2, factIds.toArray(Long[]::new)).getResultList());
    }

    /** Replaces the shingles of these facts by those of their current quotes, a chunk of facts per insert. */
    private void reindex(List<Fact> facts, List<Comparison.FactClaims> claims) {
        if (facts.isEmpty()) {
            return;
        }
        em().createNativeQuery("delete from %squote_shingle where fact_id = any(?1)".formatted(schema))
                .setParameter(1, facts.stream().map(f -> f.id).toArray(Long[]::new)).executeUpdate();
        Map<String, Fact> byKey = Batch.index(facts, f -> f.key);
        for (int from = 0; from < claims.size(); from += config.drainChunk()) {
            insertShingles(byKey, claims.subList(from, Math.min(claims.size(), from + config.drainChunk())));
        }
    }

    private void insertShingles(Map<String, Fact> facts, List<Comparison.FactClaims> claims) {
        int size = Math.max(1, config.attributionMinWords());
        List<Long> storyIds = new ArrayList<>();
        List<Long> factIds = new ArrayList<>();
        List<Long> hashes = new ArrayList<>();
        List<Boolean> leads = new ArrayList<>();
        for (Comparison.FactClaims fact : claims) {
            Fact row = facts.get(fact.fact());
            Shingles.of(fact.claims(), size).forEach((hash, lead) -> {
                storyIds.add(row.storyId);
                factIds.add(row.id);
                hashes.add(hash);
                leads.add(lead);
            });
        }
        if (!hashes.isEmpty()) {
            em().createNativeQuery("insert into %squote_shingle (story_id, fact_id, shingle, lead) select * from unnest(?1, ?2, ?3, ?4)"
                            .formatted(schema))
                    .setParameter(1, storyIds.toArray(Long[]::new)).setParameter(2, factIds.toArray(Long[]::new))
                    .setParameter(3, hashes.toArray(Long[]::new)).setParameter(4, leads.toArray(Boolean[]::new)).executeUpdate();
        }
    }

    private static EntityManager em() {
        return StoredComparison.getEntityManager();
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
