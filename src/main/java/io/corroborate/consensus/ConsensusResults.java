package io.corroborate.consensus;

import io.corroborate.compare.ComparedClaim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Writes a run's results: one row per fact of the story, one per source that voted in it. */
final class ConsensusResults {

    private ConsensusResults() {
    }

    static void store(ConsensusRun run, StoryProblem problem, Solution solution) {
        solution.facts().forEach((factKey, result) -> {
            ConsensusRows.FactRow row = new ConsensusRows.FactRow();
            row.runId = run.id;
            row.factId = problem.factIds().get(factKey);
            row.result = consensus(run.strategy, problem.classes().get(factKey), result);
            row.persist();
        });
        solution.sources().forEach((sourceKey, result) -> {
            ConsensusRows.SourceRow row = new ConsensusRows.SourceRow();
            row.runId = run.id;
            row.sourceId = problem.sourceIds().get(sourceKey);
            row.reliability = result.reliability();
            row.facts = result.facts();
            row.withConsensus = result.withConsensus();
            row.againstConsensus = result.againstConsensus();
            row.alone = result.alone();
            row.copyWeight = result.copyWeight();
            row.copies = result.copies().entrySet().stream().map(e -> new LikelyCopy(e.getKey(), e.getValue())).toList();
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
        alternatives.sort(Comparator.comparingDouble(FactConsensus.Alternative::probability).reversed()
                .thenComparing(a -> String.join("\n", a.values())));
        return new FactConsensus(strategy, written(best), best.stream().map(ComparedClaim::id).toList(),
                result.confidence(), result.tied(), contributions, alternatives, null, false, null);
    }

    private static List<String> written(List<ComparedClaim> claims) {
        return claims.stream().map(ComparedClaim::written).distinct().toList();
    }
}
