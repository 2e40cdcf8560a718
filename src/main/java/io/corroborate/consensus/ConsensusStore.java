package io.corroborate.consensus;

import io.corroborate.api.AnyOf;
import io.corroborate.api.Batch;
import io.corroborate.compare.CompareConfig;
import io.corroborate.compare.ComparedClaim;
import io.corroborate.compare.Comparison;
import io.corroborate.compare.ComparisonStore;
import io.corroborate.compare.Relation;
import io.corroborate.entity.NamedEntity;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.corroborate.source.Source;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs truth discovery over all claims and keeps the results in PostgreSQL. A run is written whole in its own
 * transaction while readers keep reading the previous one; a background job (ConsensusJob) starts a new run
 * whenever the claims' fingerprint differs from the latest run's, one replica at a time.
 */
@ApplicationScoped
public class ConsensusStore {

    /** First key of the advisory lock that lets one replica at a time compute a strategy's run. */
    private static final int LOCK_SPACE = 1129270868;

    private final ConsensusConfig config;
    private final CompareConfig compare;

    public ConsensusStore(ConsensusConfig config, CompareConfig compare) {
        this.config = config;
        this.compare = compare;
    }

    /** Recomputes every strategy whose latest run is missing or stale. */
    public void refreshIfStale() {
        for (ConsensusStrategy strategy : ConsensusStrategy.values()) {
            if (ConsensusRun.latest(strategy).map(this::stale).orElse(true)) {
                recompute(strategy);
            }
        }
    }

    /** Computes and stores a new run of the strategy, unless another replica is computing one right now. */
    public void recompute(ConsensusStrategy strategy) {
        run(strategy, false);
    }

    /**
     * @param wait wait for a run another replica is computing (then compute only if that run is not current),
     *             instead of leaving the work to it
     */
    private void run(ConsensusStrategy strategy, boolean wait) {
        QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
            if (!lock(strategy, wait) || (wait && ConsensusRun.latest(strategy).map(r -> !stale(r)).orElse(false))) {
                return;
            }
            String input = fingerprint();
            Inputs inputs = inputs();
            Solution solution = strategy == ConsensusStrategy.ACCU
                    ? Accu.solve(inputs.problem, config.params()) : Majority.solve(inputs.problem);
            ConsensusRun run = new ConsensusRun();
            run.strategy = strategy;
            run.input = input;
            run.iterations = solution.iterations();
            run.converged = solution.converged();
            run.params = config.params();
            run.persistAndFlush();
            store(run, strategy, inputs, solution);
            prune(strategy);
        });
    }

    private static boolean lock(ConsensusStrategy strategy, boolean wait) {
        String call = wait ? "pg_advisory_xact_lock" : "pg_try_advisory_xact_lock";
        Object result = ConsensusRun.getEntityManager()
                .createNativeQuery("select cast(" + call + "(" + LOCK_SPACE + ", " + strategy.ordinal() + ") as text)")
                .getSingleResult();
        return wait || "true".equals(result);
    }

    /** The consensus of each fact (null where it has none), from the latest run of the strategy. */
    public Map<Long, FactConsensus> forFacts(ConsensusStrategy strategy, Collection<Long> factIds) {
        ConsensusRun run = latestOrCompute(strategy);
        if (run == null || factIds.isEmpty()) {
            return Map.of();
        }
        boolean stale = stale(run);
        List<ConsensusRows.FactRow> rows = ConsensusRows.FactRow.list("runId = ?1 and any_of(factId, ?2)", run.id, AnyOf.ids(factIds));
        return rows.stream().collect(Collectors.toMap(r -> r.factId, r -> r.result.at(run.computedAt, stale)));
    }

    /** The reliability of each source (absent where it has no claim), from the latest run of the strategy. */
    public Map<Long, SourceReliability> forSources(ConsensusStrategy strategy, Collection<Long> sourceIds) {
        ConsensusRun run = latestOrCompute(strategy);
        if (run == null || sourceIds.isEmpty()) {
            return Map.of();
        }
        boolean stale = stale(run);
        List<ConsensusRows.SourceRow> rows = ConsensusRows.SourceRow.list("runId = ?1 and any_of(sourceId, ?2)", run.id, AnyOf.ids(sourceIds));
        return rows.stream().collect(Collectors.toMap(r -> r.sourceId, r -> new SourceReliability(strategy, r.reliability,
                r.facts, r.withConsensus, r.againstConsensus, r.alone, r.copyWeight, run.computedAt, stale)));
    }

    private boolean stale(ConsensusRun run) {
        return !run.input.equals(fingerprint());
    }

    private ConsensusRun latestOrCompute(ConsensusStrategy strategy) {
        return ConsensusRun.latest(strategy).orElseGet(() -> {
            run(strategy, true);
            return ConsensusRun.latest(strategy).orElse(null);
        });
    }

    /** Changes whenever a claim is added, edited, moved, retracted or re-linked to an entity. */
    String fingerprint() {
        Object[] row = ConsensusRun.getEntityManager().createQuery("""
                select count(c), coalesce(sum(c.version), 0), coalesce(max(c.id), 0), coalesce(sum(c.factId), 0),
                       coalesce(sum(c.valueEntityId), 0), count(c.retractedAt) from Claim c""", Object[].class).getSingleResult();
        return java.util.Arrays.stream(row).map(String::valueOf).collect(Collectors.joining(":"));
    }

    private void store(ConsensusRun run, ConsensusStrategy strategy, Inputs inputs, Solution solution) {
        Map<String, Source> sources = inputs.sources;
        solution.facts().forEach((factKey, result) -> {
            ConsensusRows.FactRow row = new ConsensusRows.FactRow();
            row.runId = run.id;
            row.factId = inputs.factIds.get(factKey);
            row.result = consensus(strategy, inputs.classes.get(factKey), result);
            row.persist();
        });
        solution.sources().forEach((sourceKey, result) -> {
            ConsensusRows.SourceRow row = new ConsensusRows.SourceRow();
            row.runId = run.id;
            row.sourceId = sources.get(sourceKey).id;
            row.reliability = result.reliability();
            row.facts = result.facts();
            row.withConsensus = result.withConsensus();
            row.againstConsensus = result.againstConsensus();
            row.alone = result.alone();
            row.copyWeight = result.copyWeight();
            row.persist();
        });
    }

    private static FactConsensus consensus(ConsensusStrategy strategy, List<List<ComparedClaim>> classes, Solution.FactResult result) {
        List<ComparedClaim> best = classes.get(result.best());
        List<FactConsensus.Contribution> contributions = result.contributions().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new FactConsensus.Contribution(e.getKey(), e.getValue())).toList();
        List<FactConsensus.Alternative> alternatives = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            if (i != result.best()) {
                alternatives.add(new FactConsensus.Alternative(written(classes.get(i)), result.probabilities()[i]));
            }
        }
        alternatives.sort(Comparator.comparingDouble(FactConsensus.Alternative::probability).reversed());
        return new FactConsensus(strategy, written(best), best.stream().map(ComparedClaim::id).toList(),
                result.confidence(), contributions, alternatives, null, false);
    }

    private static List<String> written(List<ComparedClaim> claims) {
        return claims.stream().map(ComparedClaim::written).distinct().toList();
    }

    private void prune(ConsensusStrategy strategy) {
        List<ConsensusRun> runs = ConsensusRun.list("strategy = ?1 order by id desc", strategy);
        runs.stream().skip(config.keepRuns()).forEach(ConsensusRun::delete);
    }

    /** The problem as the algorithms see it, and the way back to facts, claims and sources. */
    private record Inputs(Problem problem, Map<String, Long> factIds, Map<String, List<List<ComparedClaim>>> classes,
                          Map<String, Source> sources) {
    }

    private Inputs inputs() {
        List<Fact> facts = Fact.list("mergedIntoId is null order by id");
        List<Claim> claims = Claim.list("retractedAt is null order by id");
        Map<Long, Source> sources = Batch.index(Source.<Source>listAll(), s -> s.id);
        Map<Long, NamedEntity> entities = Batch.index(NamedEntity.<NamedEntity>listAll(), e -> e.id);
        Map<Long, List<ComparedClaim>> byFact = new HashMap<>();
        for (Claim claim : claims) {
            byFact.computeIfAbsent(claim.factId, k -> new ArrayList<>()).add(ComparisonStore.compared(claim,
                    sources.get(claim.sourceId), claim.valueEntityId == null ? null : entities.get(claim.valueEntityId)));
        }
        List<Problem.Item> items = new ArrayList<>();
        Map<String, Long> factIds = new HashMap<>();
        Map<String, List<List<ComparedClaim>>> classes = new HashMap<>();
        for (Fact fact : facts) {
            List<ComparedClaim> factClaims = byFact.get(fact.id);
            if (factClaims == null) {
                continue;
            }
            List<List<ComparedClaim>> equal = equalClasses(factClaims);
            items.add(item(fact.key, equal));
            factIds.put(fact.key, fact.id);
            classes.put(fact.key, equal);
        }
        Map<String, Source> sourcesByKey = Batch.index(sources.values(), s -> s.key);
        return new Inputs(new Problem(items), factIds, classes, sourcesByKey);
    }

    private List<List<ComparedClaim>> equalClasses(List<ComparedClaim> claims) {
        List<List<ComparedClaim>> classes = new ArrayList<>();
        for (ComparedClaim claim : claims) {
            List<ComparedClaim> home = classes.stream()
                    .filter(c -> Comparison.relate(c.get(0), claim, compare.tolerances()).type() == Relation.Type.EQUAL)
                    .findFirst().orElse(null);
            if (home == null) {
                classes.add(new ArrayList<>(List.of(claim)));
            } else {
                home.add(claim);
            }
        }
        return classes;
    }

    private Problem.Item item(String fact, List<List<ComparedClaim>> classes) {
        List<Problem.Value> values = classes.stream().map(c -> new Problem.Value(c.get(0).written(),
                c.stream().map(claim -> new Problem.Vote(claim.id(), claim.source(), claim.written())).toList())).toList();
        double[][] similarity = new double[classes.size()][classes.size()];
        for (int i = 0; i < classes.size(); i++) {
            for (int j = 0; j < classes.size(); j++) {
                if (i != j) {
                    similarity[i][j] = Similarity.of(classes.get(i).get(0), classes.get(j).get(0), compare.tolerances(),
                            config.compatibleSimilarity());
                }
            }
        }
        return new Problem.Item(fact, values, similarity);
    }
}
