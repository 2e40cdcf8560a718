package io.corroborate.consensus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How likely two sources copy each other, as AccuCopy judges it (Dong, Berti-Équille, Srivastava, VLDB 2009),
 * with wording as further evidence (Li et al., VLDB 2012, use formatting the same way). Over the facts both
 * report, with p the current probability that the value they share is true, A₁ and A₂ their accuracies, n false
 * values per fact, c the copy rate and q the share of same-value pairs in the problem written identically:
 * <pre>
 *   F = (1 − A₁)(1 − A₂) / n                      two independent sources share a given false value
 *   W = q if written alike, else 1 − q             how independent sources word a shared value
 *   same value, independent:  (p·A₁A₂ + (1 − p)·F)·W
 *   same value, 1 copies 2:   p·A₁A₂·K + (1 − p)·((1 − c)·F·W + c·(1 − A₂)·[alike])
 *                             K = c + (1 − c)·q if alike, else (1 − c)·(1 − q): a copier writes what it copies
 *                             as its original did
 *   different values:         the copying likelihood × (1 − c): a copier differs only where it did not copy
 * </pre>
 * So shared false values are evidence beyond chance (independent sources rarely make the same mistake), shared
 * true values only by their wording (independent sources find the truth too), and every difference speaks
 * against copying. The probability of dependence is Bayes' rule with prior α, each direction of copying taking
 * half of it; it is estimated afresh in every iteration from the current accuracies and probabilities. Pairs
 * sharing fewer facts than the minimum are taken as independent. Everything is kept in arrays indexed in the
 * problem's canonical order, so the estimate never depends on the order claims arrived in.
 */
final class Copying {

    private final Map<String, Integer> index = new TreeMap<>();
    /** Per fact: the voters (source indexes, each once, first value in canonical order) and the value each states. */
    private final List<int[]> voters = new ArrayList<>();
    private final List<int[]> stated = new ArrayList<>();
    /** Per fact: each voter's wording, as an index into the fact's distinct wordings (equal index = identical text). */
    private final List<int[]> wording = new ArrayList<>();
    /** Among pairs stating the same value of a fact, the share writing it identically: how often independent sources do. */
    private final double identicalByChance;
    /** Per fact: the slot of each voter pair (i < j, row by row), or −1 when the pair shares too few facts. */
    private final List<int[]> slots = new ArrayList<>();
    private final Map<Long, Integer> slotOf = new HashMap<>();
    private double[] dependence = new double[0];

    Copying(Problem problem, int minShared) {
        for (Problem.Item item : problem.facts()) {
            item.values().forEach(v -> v.votes().forEach(vote -> index.putIfAbsent(vote.source(), 0)));
        }
        int next = 0;
        for (Map.Entry<String, Integer> entry : index.entrySet()) {
            entry.setValue(next++);
        }
        problem.facts().forEach(this::read);
        assignSlots(minShared);
        dependence = new double[slotOf.size()];
        identicalByChance = identicalShare();
    }

    /** Each voter of the fact once, with the first value it states in canonical order and that claim's wording. */
    private void read(Problem.Item item) {
        Map<Integer, Integer> byVoter = new TreeMap<>();
        Map<Integer, String> written = new TreeMap<>();
        for (int v = 0; v < item.values().size(); v++) {
            for (Problem.Vote vote : item.values().get(v).votes()) {
                if (byVoter.putIfAbsent(index.get(vote.source()), v) == null) {
                    written.put(index.get(vote.source()), vote.written());
                }
            }
        }
        voters.add(byVoter.keySet().stream().mapToInt(Integer::intValue).toArray());
        stated.add(byVoter.values().stream().mapToInt(Integer::intValue).toArray());
        List<String> distinct = written.values().stream().distinct().toList();
        wording.add(written.values().stream().mapToInt(distinct::indexOf).toArray());
    }

    /** A slot for every pair of voters sharing at least the minimum of facts; −1 for the others. */
    private void assignSlots(int minShared) {
        Map<Long, Integer> shared = new HashMap<>();
        for (int[] who : voters) {
            forEachPair(who, (i, j) -> shared.merge(key(who[i], who[j]), 1, Integer::sum));
        }
        for (int[] who : voters) {
            int[] factSlots = new int[who.length * (who.length - 1) / 2];
            int[] k = {0};
            forEachPair(who, (i, j) -> {
                long key = key(who[i], who[j]);
                factSlots[k[0]++] = shared.get(key) < minShared ? -1 : slotOf.computeIfAbsent(key, x -> slotOf.size());
            });
            slots.add(factSlots);
        }
    }

    /** Visits pairs by position, unboxed: it runs for every pair of every fact in every iteration. */
    @FunctionalInterface
    private interface PairVisitor {
        void visit(int i, int j);
    }

    private static void forEachPair(int[] who, PairVisitor pair) {
        for (int i = 0; i < who.length; i++) {
            for (int j = i + 1; j < who.length; j++) {
                pair.visit(i, j);
            }
        }
    }

    /** The share of same-value pairs (of pairs that may be judged) written identically, kept within [0.01, 0.99]. */
    private double identicalShare() {
        long same = 0;
        long identical = 0;
        for (int f = 0; f < voters.size(); f++) {
            int[] what = stated.get(f);
            int[] how = wording.get(f);
            int k = 0;
            for (int i = 0; i < what.length; i++) {
                for (int j = i + 1; j < what.length; j++) {
                    if (slots.get(f)[k++] >= 0 && what[i] == what[j]) {
                        same++;
                        identical += how[i] == how[j] ? 1 : 0;
                    }
                }
            }
        }
        return Math.min(0.99, Math.max(0.01, same == 0 ? 0.5 : (double) identical / same));
    }

    /** The probability that sources a and b copy one another (either way), as last estimated; 0 before any estimate. */
    double between(String a, String b) {
        Integer x = index.get(a);
        Integer y = index.get(b);
        if (x == null || y == null || x.equals(y)) {
            return 0;
        }
        Integer slot = slotOf.get(key(Math.min(x, y), Math.max(x, y)));
        return slot == null ? 0 : dependence[slot];
    }

    /** Per source, the others it copies or is copied by with at least the given probability (as last estimated). */
    Map<String, Map<String, Double>> likely(double threshold) {
        String[] keys = index.keySet().toArray(String[]::new);
        Map<String, Map<String, Double>> likely = new TreeMap<>();
        slotOf.forEach((key, slot) -> {
            if (dependence[slot] >= threshold) {
                String a = keys[(int) (key / index.size())];
                String b = keys[(int) (key % index.size())];
                likely.computeIfAbsent(a, k -> new TreeMap<>()).put(b, dependence[slot]);
                likely.computeIfAbsent(b, k -> new TreeMap<>()).put(a, dependence[slot]);
            }
        });
        return likely;
    }

    /**
     * Estimates every pair's dependence afresh.
     *
     * @param accuracy      the current accuracy of each source, by key, within (0, 1)
     * @param probabilities per fact (in the problem's order) the current probability of each of its values
     * @return the largest change of any pair's probability of copying
     */
    double estimate(Map<String, Double> accuracy, List<double[]> probabilities, int falseValues, double copyRate, double prior) {
        double[] a = new double[index.size()];
        index.forEach((source, i) -> a[i] = accuracy.get(source));
        Evidence evidence = new Evidence(slotOf.size(), falseValues, copyRate, identicalByChance);
        for (int f = 0; f < voters.size(); f++) {
            int[] who = voters.get(f);
            int[] what = stated.get(f);
            int[] how = wording.get(f);
            int[] factSlots = slots.get(f);
            double[] p = probabilities.get(f);
            int[] k = {0};
            forEachPair(who, (i, j) -> {
                int slot = factSlots[k[0]++];
                if (slot >= 0) {
                    evidence.add(slot, a[who[i]], a[who[j]], what[i] == what[j] ? p[what[i]] : Double.NaN, how[i] == how[j]);
                }
            });
        }
        double change = 0;
        double[] next = evidence.posterior(prior);
        for (int s = 0; s < next.length; s++) {
            change = Math.max(change, Math.abs(next[s] - dependence[s]));
        }
        dependence = next;
        return change;
    }

    /** Per pair, the log-likelihood of what the two state under independence and under each direction of copying. */
    private record Evidence(double[][] log, int falseValues, double copyRate, double identicalByChance) {

        Evidence(int pairs, int falseValues, double copyRate, double identicalByChance) {
            this(new double[3][pairs], falseValues, copyRate, identicalByChance);
        }

        /** @param t the probability that the value both state is true; NaN when they state different values */
        void add(int slot, double ai, double aj, double t, boolean alike) {
            if (Double.isNaN(t)) {
                log[1][slot] += Math.log(1 - copyRate);
                log[2][slot] += Math.log(1 - copyRate);
                return;
            }
            double byChance = alike ? identicalByChance : 1 - identicalByChance;
            double bothFalse = (1 - ai) * (1 - aj) / falseValues;
            // sharing a true value says nothing by itself (independent sources find the truth too), only its
            // wording does: a copier writes a copied value as its original did; sharing a false value is evidence
            double copiedWording = alike ? copyRate + (1 - copyRate) * identicalByChance : (1 - copyRate) * byChance;
            double shared = t * ai * aj * copiedWording + (1 - t) * (1 - copyRate) * bothFalse * byChance;
            log[0][slot] += Math.log((t * ai * aj + (1 - t) * bothFalse) * byChance);
            log[1][slot] += Math.log(shared + (alike ? (1 - t) * copyRate * (1 - aj) : 0));
            log[2][slot] += Math.log(shared + (alike ? (1 - t) * copyRate * (1 - ai) : 0));
        }

        /** Bayes' rule with prior α for copying, each direction taking half of it; computed in log space. */
        double[] posterior(double prior) {
            double[] dependence = new double[log[0].length];
            for (int s = 0; s < dependence.length; s++) {
                double independent = Math.log(1 - prior) + log[0][s];
                double oneWay = Math.log(prior / 2) + log[1][s];
                double otherWay = Math.log(prior / 2) + log[2][s];
                double max = Math.max(independent, Math.max(oneWay, otherWay));
                double copied = Math.exp(oneWay - max) + Math.exp(otherWay - max);
                dependence[s] = copied / (copied + Math.exp(independent - max));
            }
            return dependence;
        }
    }

    private long key(int a, int b) {
        return (long) a * index.size() + b;
    }
}
