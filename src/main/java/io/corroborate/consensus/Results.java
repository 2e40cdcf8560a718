package io.corroborate.consensus;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Turns final probabilities and reliabilities into a {@link Solution}. */
final class Results {

    private Results() {
    }

    static Solution of(Problem problem, Map<String, double[]> probabilities, Map<String, Double> reliability,
                       Function<Problem.Value, Map<String, Double>> weights, int iterations, double residual,
                       boolean converged, Map<String, Double> copyWeights, Map<String, Map<String, Double>> copies) {
        Map<String, Solution.FactResult> facts = new LinkedHashMap<>();
        Map<String, int[]> records = new TreeMap<>();
        for (Problem.Item item : problem.facts()) {
            double[] p = probabilities.get(item.fact());
            if (p == null || p.length == 0) {
                continue;
            }
            int best = best(item, p);
            facts.put(item.fact(), new Solution.FactResult(best, p, contributions(weights.apply(item.values().get(best))),
                    tied(p, best)));
            record(item, best, records);
        }
        Map<String, Solution.SourceResult> sources = new TreeMap<>();
        records.forEach((source, r) -> sources.put(source, new Solution.SourceResult(reliability.get(source),
                r[0], r[1], r[2], r[3], copyWeights.getOrDefault(source, 1.0), copies.getOrDefault(source, Map.of()))));
        return new Solution(facts, sources, iterations, residual, converged);
    }

    /**
     * The index of the most probable value. Values as probable (within {@link #TIE}) are a tie, broken by
     * content: the value more supported by the other values (similarity times their number of sources), then
     * the first in the problem's order (canonical: by label).
     */
    static int best(Problem.Item item, double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best] + TIE || Math.abs(p[i] - p[best]) <= TIE && beats(item, i, best)) {
                best = i;
            }
        }
        return best;
    }

    /** Probabilities closer than this are equal: summation order alone moves them by far less. */
    static final double TIE = 1e-9;

    static boolean tied(double[] p, int best) {
        for (int i = 0; i < p.length; i++) {
            if (i != best && Math.abs(p[i] - p[best]) <= TIE) {
                return true;
            }
        }
        return false;
    }

    private static boolean beats(Problem.Item item, int i, int j) {
        return similaritySupport(item, i) > similaritySupport(item, j);
    }

    private static double similaritySupport(Problem.Item item, int i) {
        double support = 0;
        for (int j = 0; j < item.values().size(); j++) {
            if (j != i) {
                support += item.similarity()[j][i] * item.values().get(j).votes().stream().map(Problem.Vote::source).distinct().count();
            }
        }
        return support;
    }

    /** Each source's share of the support of the best value (its discounted vote weight, normalised). */
    private static Map<String, Double> contributions(Map<String, Double> weights) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> shares = new TreeMap<>();
        weights.forEach((source, w) -> shares.put(source, total == 0 ? 0 : w / total));
        return shares;
    }

    /** Counts per source: facts, with the consensus, against it, alone. */
    private static void record(Problem.Item item, int best, Map<String, int[]> records) {
        Set<String> voters = new HashSet<>();
        item.values().forEach(v -> v.votes().forEach(vote -> voters.add(vote.source())));
        for (int i = 0; i < item.values().size(); i++) {
            for (String source : new HashSet<>(item.values().get(i).votes().stream().map(Problem.Vote::source).toList())) {
                int[] r = records.computeIfAbsent(source, k -> new int[4]);
                r[0]++;
                if (voters.size() == 1) {
                    r[3]++;
                } else if (i == best) {
                    r[1]++;
                } else {
                    r[2]++;
                }
            }
        }
    }
}
