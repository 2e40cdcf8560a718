package io.corroborate.consensus;

import io.corroborate.api.AnyOf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves the stored consensus: for each story the latest finished run of a strategy (ConsensusRefresh writes
 * them). Reads never compute; a story whose claims changed since its run is served as stale until its next run.
 */
@ApplicationScoped
public class ConsensusStore {

    private static final String LATEST_RUN = """
            r.strategy = :strategy and r.id = (select max(l.id) from ConsensusRun l
                where l.storyId = r.storyId and l.strategy = r.strategy)""";
    private static final String CHANGED = "exists (select 1 from ConsensusChange c where c.storyId = r.storyId)";

    /** The consensus of each fact (absent where its story has no run yet or the fact has no claim). */
    public Map<Long, FactConsensus> forFacts(ConsensusStrategy strategy, Collection<Long> factIds) {
        if (factIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em().createQuery("select f.factId, f.result, r.id, r.computedAt, case when " + CHANGED
                        + " then true else false end, r.iterations, r.residual, r.converged from FactRow f, ConsensusRun r where r.id = f.runId and any_of(f.factId, :facts) and "
                        + LATEST_RUN, Object[].class)
                .setParameter("facts", AnyOf.ids(factIds)).setParameter("strategy", strategy).getResultList();
        Map<Long, FactConsensus> results = new HashMap<>();
        Map<Long, Long> runs = new HashMap<>();
        for (Object[] row : rows) {
            Long fact = (Long) row[0];
            // a fact moved to another story may still be in its former story's latest run: the newer run wins
            if (runs.getOrDefault(fact, Long.MIN_VALUE) < (Long) row[2]) {
                runs.put(fact, (Long) row[2]);
                FactConsensus.Run run = new FactConsensus.Run((Integer) row[5], (Double) row[6], (Boolean) row[7]);
                results.put(fact, ((FactConsensus) row[1]).at((Instant) row[3], (Boolean) row[4], run));
            }
        }
        return results;
    }

    /**
     * The reliability of each source (absent where it has no claim in a computed story): within one story when
     * {@code storyId} is given, else combined over the stories it appears in (see {@link SourceReliability}).
     */
    public Map<Long, SourceReliability> forSources(ConsensusStrategy strategy, Collection<Long> sourceIds, Long storyId) {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em().createQuery("select s.sourceId, sum(s.reliability * s.facts) / sum(s.facts), sum(s.facts),"
                        + " sum(s.withConsensus), sum(s.againstConsensus), sum(s.alone), min(s.copyWeight), min(r.computedAt),"
                        + " max(case when " + CHANGED + " then 1 else 0 end)"
                        + " from SourceRow s, ConsensusRun r where r.id = s.runId and any_of(s.sourceId, :sources)"
                        + " and (:story is null or r.storyId = :story) and " + LATEST_RUN + " group by s.sourceId", Object[].class)
                .setParameter("sources", AnyOf.ids(sourceIds)).setParameter("story", storyId)
                .setParameter("strategy", strategy).getResultList();
        Map<Long, List<LikelyCopy>> copies = copies(strategy, sourceIds, storyId);
        Map<Long, SourceReliability> results = new HashMap<>();
        for (Object[] r : rows) {
            results.put((Long) r[0], new SourceReliability(strategy, ((Number) r[1]).doubleValue(), count(r[2]), count(r[3]),
                    count(r[4]), count(r[5]), ((Number) r[6]).doubleValue(), (Instant) r[7], ((Number) r[8]).intValue() == 1,
                    copies.getOrDefault((Long) r[0], List.of())));
        }
        return results;
    }

    /** Each source's likely copies in the same runs, the highest probability per other source, most likely first. */
    private static Map<Long, List<LikelyCopy>> copies(ConsensusStrategy strategy, Collection<Long> sourceIds, Long storyId) {
        Map<Long, Map<String, Double>> highest = new HashMap<>();
        em().createQuery("select s from SourceRow s, ConsensusRun r where r.id = s.runId and any_of(s.sourceId, :sources)"
                        + " and (:story is null or r.storyId = :story) and " + LATEST_RUN, ConsensusRows.SourceRow.class)
                .setParameter("sources", AnyOf.ids(sourceIds)).setParameter("story", storyId)
                .setParameter("strategy", strategy).getResultStream()
                .forEach(row -> row.copies.forEach(c -> highest.computeIfAbsent(row.sourceId, k -> new HashMap<>())
                        .merge(c.sourceId(), c.probability(), Math::max)));
        Map<Long, List<LikelyCopy>> copies = new HashMap<>();
        highest.forEach((source, others) -> copies.put(source, others.entrySet().stream()
                .map(e -> new LikelyCopy(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparingDouble(LikelyCopy::probability).reversed().thenComparing(LikelyCopy::sourceId))
                .toList()));
        return copies;
    }

    /** The best-supported values each fact had in each of these runs, keyed by run and fact (absent: no consensus). */
    public Map<List<Long>, List<String>> values(Collection<Long> runIds, Collection<Long> factIds) {
        if (runIds.isEmpty() || factIds.isEmpty()) {
            return Map.of();
        }
        Map<List<Long>, List<String>> values = new HashMap<>();
        em().createQuery("from FactRow f where any_of(f.runId, :runs) and any_of(f.factId, :facts)", ConsensusRows.FactRow.class)
                .setParameter("runs", AnyOf.ids(runIds)).setParameter("facts", AnyOf.ids(factIds)).getResultList()
                .forEach(row -> values.put(List.of(row.runId, row.factId), row.result.values()));
        return values;
    }

    private static int count(Object sum) {
        return ((Number) sum).intValue();
    }

    private static EntityManager em() {
        return ConsensusRun.getEntityManager();
    }
}
