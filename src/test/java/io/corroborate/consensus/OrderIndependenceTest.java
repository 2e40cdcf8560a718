package io.corroborate.consensus;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same claims in any order, under any claim keys, give the same consensus, for both strategies. */
class OrderIndependenceTest {

    private static final String[] SOURCES = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta"};
    private static final double[] SIMILARITIES = {0, 0, 0.5, 1};

    @Property(tries = 300)
    void majorityIgnoresTheOrderOfClaims(@ForAll long seed, @ForAll long shuffle) {
        Problem problem = generated(new Random(seed));
        Problem other = shuffled(problem, new Random(shuffle));
        assertEquals(outcome(Majority.solve(problem), problem), outcome(Majority.solve(other), other));
    }

    @Property(tries = 300)
    void accuIgnoresTheOrderOfClaims(@ForAll long seed, @ForAll long shuffle) {
        Problem problem = generated(new Random(seed));
        Problem other = shuffled(problem, new Random(shuffle));
        assertEquals(outcome(Accu.solve(problem, ConsensusParams.DEFAULT), problem),
                outcome(Accu.solve(other, ConsensusParams.DEFAULT), other));
    }

    /**
     * What a solution of this problem says, keyed by content (fact, value label, source), probabilities and
     * reliabilities to 1e-9, so that solutions of differently ordered problems compare.
     */
    static Map<String, String> outcome(Solution solution, Problem problem) {
        Map<String, String> outcome = new TreeMap<>();
        for (Problem.Item item : problem.facts()) {
            Solution.FactResult result = solution.facts().get(item.fact());
            outcome.put(item.fact(), item.values().get(result.best()).label() + (result.tied() ? " tied" : ""));
            for (int i = 0; i < item.values().size(); i++) {
                outcome.put(item.fact() + "/" + item.values().get(i).label(), String.format("%.9f", result.probabilities()[i]));
            }
        }
        solution.sources().forEach((source, r) -> outcome.put(source, String.format("%.9f %d %d %d %d %.9f",
                r.reliability(), r.facts(), r.withConsensus(), r.againstConsensus(), r.alone(), r.copyWeight())));
        outcome.put("run", solution.iterations() + " " + solution.converged() + " " + solution.residual());
        return outcome;
    }

    static Problem generated(Random random) {
        List<Problem.Item> facts = new ArrayList<>();
        int n = 1 + random.nextInt(12);
        for (int f = 0; f < n; f++) {
            int values = 1 + random.nextInt(4);
            List<Problem.Value> list = new ArrayList<>();
            for (int v = 0; v < values; v++) {
                List<Problem.Vote> votes = new ArrayList<>();
                for (String source : SOURCES) {
                    if (random.nextInt(3) == 0) {
                        String written = random.nextBoolean() ? "v" + v : "v" + v + " by " + source;
                        votes.add(new Problem.Vote("claim-" + f + "-" + v + "-" + source, source, written));
                    }
                }
                if (votes.isEmpty()) {
                    votes.add(new Problem.Vote("claim-" + f + "-" + v, SOURCES[random.nextInt(SOURCES.length)], "v" + v));
                }
                list.add(new Problem.Value("v" + v, votes));
            }
            double[][] similarity = new double[values][values];
            for (int i = 0; i < values; i++) {
                for (int j = 0; j < values; j++) {
                    similarity[i][j] = i == j ? 0 : SIMILARITIES[random.nextInt(SIMILARITIES.length)];
                }
            }
            facts.add(new Problem.Item("fact-" + f, list, similarity));
        }
        return new Problem(facts);
    }

    /** The problem with facts, values and votes in another order and claims under other keys. */
    static Problem shuffled(Problem problem, Random random) {
        List<Problem.Item> facts = new ArrayList<>();
        for (Problem.Item item : problem.facts()) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < item.values().size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            List<Problem.Value> values = new ArrayList<>();
            double[][] similarity = new double[order.size()][order.size()];
            for (int i = 0; i < order.size(); i++) {
                Problem.Value value = item.values().get(order.get(i));
                List<Problem.Vote> votes = new ArrayList<>();
                value.votes().forEach(v -> votes.add(new Problem.Vote("key-" + random.nextInt(1_000_000), v.source(), v.written())));
                Collections.shuffle(votes, random);
                values.add(new Problem.Value(value.label(), votes));
                for (int j = 0; j < order.size(); j++) {
                    similarity[i][j] = item.similarity()[order.get(i)][order.get(j)];
                }
            }
            facts.add(new Problem.Item(item.fact(), values, similarity));
        }
        Collections.shuffle(facts, random);
        return new Problem(facts);
    }
}
