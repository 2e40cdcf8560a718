package io.corroborate.consensus;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Majority vote, for comparison: each source counts once per fact, the value with most sources wins (ties are
 * reported as such and broken by content, see {@link Results#best}), confidence is its share of the sources, a source's reliability is the
 * share of its claims that won.
 */
public final class Majority {

    private Majority() {
    }

    public static Solution solve(Problem problem) {
        return Solution.ofCanonical(problem, Majority::count);
    }

    private static Solution count(Problem problem) {
        Map<String, double[]> probabilities = new HashMap<>();
        for (Problem.Item item : problem.facts()) {
            double[] counts = new double[item.values().size()];
            double total = 0;
            for (int i = 0; i < counts.length; i++) {
                Set<String> sources = new HashSet<>(item.values().get(i).votes().stream().map(Problem.Vote::source).toList());
                counts[i] = sources.size();
                total += counts[i];
            }
            for (int i = 0; i < counts.length; i++) {
                counts[i] = total == 0 ? 0 : counts[i] / total;
            }
            probabilities.put(item.fact(), counts);
        }
        Map<String, double[]> sums = new HashMap<>();
        for (Problem.Item item : problem.facts()) {
            double[] p = probabilities.get(item.fact());
            int best = Results.best(item, p);
            for (int i = 0; i < p.length; i++) {
                for (Problem.Vote vote : item.values().get(i).votes()) {
                    double[] s = sums.computeIfAbsent(vote.source(), k -> new double[2]);
                    s[0] += i == best ? 1 : 0;
                    s[1]++;
                }
            }
        }
        Map<String, Double> reliability = new HashMap<>();
        sums.forEach((source, s) -> reliability.put(source, s[0] / s[1]));
        return Results.of(problem, probabilities, reliability, Majority::equalWeights, 1, 0, true, Map.of(), Map.of());
    }

    private static Map<String, Double> equalWeights(Problem.Value value) {
        Map<String, Double> weights = new HashMap<>();
        value.votes().forEach(v -> weights.put(v.source(), 1.0));
        return weights;
    }
}
