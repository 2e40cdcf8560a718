package io.corroborate.consensus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * ACCU (Dong, Berti-Équille, Srivastava, VLDB 2009) with value similarity and a copy discount:
 * <ol>
 * <li>a vote from a source of reliability A counts ln(n·A / (1 − A)); a value's score is the sum of its
 *     votes, each discounted by c × the probability that its source copies a source before it (most reliable first);
 * <li>each value also gets ρ·similarity of the support of every compatible value;
 * <li>a value's probability is the softmax of the scores, the n − |values| + 1 unseen false values
 *     scoring 0 (so a lone claim is only as certain as its source is reliable);
 * <li>a source's reliability is the mean probability of the values it states;
 * </ol>
 * repeated until no reliability and no probability of copying moves by more than the tolerance. Copying between
 * two sources is judged as AccuCopy judges it ({@link Copying}), afresh in every iteration: from the false values
 * they share beyond chance and from their wording. Order-independent: it solves the
 * problem's canonical form (facts, values and votes sorted by content), so the same claims in any order
 * give the same result, to the last bit.
 */
public final class Accu {

    private static final double MIN_RELIABILITY = 0.01;
    private static final double MAX_RELIABILITY = 0.99;
    /** Pairs at least this likely to copy are reported with each source's result. */
    private static final double LIKELY_COPY = 0.5;

    private final Problem problem;
    private final ConsensusParams params;
    private final Map<String, Double> reliability = new TreeMap<>();
    private final Copying copying;

    private Accu(Problem problem, ConsensusParams params) {
        this.problem = problem;
        this.params = params;
        for (Problem.Item item : problem.facts()) {
            for (Problem.Value value : item.values()) {
                value.votes().forEach(v -> reliability.put(v.source(), params.initialReliability()));
            }
        }
        this.copying = new Copying(problem, params.minSharedFacts());
    }

    public static Solution solve(Problem problem, ConsensusParams params) {
        return Solution.ofCanonical(problem, canonical -> new Accu(canonical, params).run());
    }

    private Solution run() {
        List<double[]> probabilities = List.of();
        int iteration = 0;
        boolean converged = false;
        double residual = 0;
        while (iteration < params.maxIterations() && !converged) {
            iteration++;
            probabilities = problem.facts().stream().map(this::probabilities).toList();
            residual = Math.max(updateReliability(probabilities), estimateCopying(probabilities));
            converged = residual <= params.tolerance();
        }
        Map<String, double[]> byFact = new HashMap<>();
        for (int f = 0; f < probabilities.size(); f++) {
            byFact.put(problem.facts().get(f).fact(), probabilities.get(f));
        }
        return Results.of(problem, byFact, reliability, this::weights, iteration, residual, converged, weightsBySource(),
                copying.likely(LIKELY_COPY));
    }

    private double[] probabilities(Problem.Item item) {
        int n = item.values().size();
        double[] support = new double[n];
        for (int i = 0; i < n; i++) {
            support[i] = weights(item.values().get(i)).entrySet().stream()
                    .mapToDouble(e -> e.getValue() * voteScore(reliability.get(e.getKey()))).sum();
        }
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            score[i] = support[i];
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    score[i] += params.similarityWeight() * item.similarity()[j][i] * support[j];
                }
            }
        }
        return softmax(score, Math.max(0, params.falseValues() + 1 - n));
    }

    /** Each voter's weight for this value: discounted for every more reliable earlier voter it appears to copy. */
    Map<String, Double> weights(Problem.Value value) {
        List<String> voters = new ArrayList<>(new TreeSet<>(value.votes().stream().map(Problem.Vote::source).toList()));
        voters.sort(Comparator.comparing((String s) -> -reliability.get(s)).thenComparing(s -> s));
        Map<String, Double> weights = new TreeMap<>();
        for (int i = 0; i < voters.size(); i++) {
            double weight = 1;
            for (int j = 0; j < i; j++) {
                weight *= 1 - params.copyDiscount() * dependence(voters.get(i), voters.get(j));
            }
            weights.put(voters.get(i), weight);
        }
        return weights;
    }

    private double dependence(String a, String b) {
        return copying.between(a, b);
    }

    /** @return the largest change of any pair's probability of copying */
    private double estimateCopying(List<double[]> probabilities) {
        if (params.copyDiscount() == 0) {
            return 0;
        }
        Map<String, Double> accuracy = new TreeMap<>();
        reliability.forEach((source, a) -> accuracy.put(source, clamp(a)));
        return copying.estimate(accuracy, probabilities, params.falseValues(), params.copyDiscount(), params.copyPrior());
    }

    private static double clamp(double a) {
        return Math.min(MAX_RELIABILITY, Math.max(MIN_RELIABILITY, a));
    }

    private double voteScore(double a) {
        double clamped = clamp(a);
        return Math.log(params.falseValues() * clamped / (1 - clamped));
    }

    /** Probabilities from scores, with {@code unseen} further values scoring 0; computed stably in log space. */
    static double[] softmax(double[] score, int unseen) {
        double max = 0;
        for (double s : score) {
            max = Math.max(max, s);
        }
        double total = unseen * Math.exp(-max);
        double[] p = new double[score.length];
        for (int i = 0; i < score.length; i++) {
            p[i] = Math.exp(score[i] - max);
            total += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= total;
        }
        return p;
    }

    /** @return the largest change of any source's reliability */
    private double updateReliability(List<double[]> probabilities) {
        Map<String, double[]> sums = new TreeMap<>();
        for (int f = 0; f < probabilities.size(); f++) {
            Problem.Item item = problem.facts().get(f);
            double[] p = probabilities.get(f);
            for (int i = 0; i < item.values().size(); i++) {
                for (Problem.Vote vote : item.values().get(i).votes()) {
                    double[] sum = sums.computeIfAbsent(vote.source(), k -> new double[2]);
                    sum[0] += p[i];
                    sum[1]++;
                }
            }
        }
        double change = 0;
        for (Map.Entry<String, double[]> entry : sums.entrySet()) {
            double next = entry.getValue()[0] / entry.getValue()[1];
            change = Math.max(change, Math.abs(next - reliability.get(entry.getKey())));
            reliability.put(entry.getKey(), next);
        }
        return change;
    }

    private Map<String, Double> weightsBySource() {
        Map<String, Double> lowest = new TreeMap<>();
        for (Problem.Item item : problem.facts()) {
            for (Problem.Value value : item.values()) {
                weights(value).forEach((source, w) -> lowest.merge(source, w, Math::min));
            }
        }
        return lowest;
    }
}
