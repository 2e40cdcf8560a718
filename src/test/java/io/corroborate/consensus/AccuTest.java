package io.corroborate.consensus;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccuTest {

    /** A fact whose values are given as label → voters; each voter writes the value in its own style unless told. */
    private static Problem.Item fact(String fact, Object... labelsAndVoters) {
        List<Problem.Value> values = new ArrayList<>();
        for (int i = 0; i < labelsAndVoters.length; i += 2) {
            String label = (String) labelsAndVoters[i];
            List<Problem.Vote> votes = new ArrayList<>();
            for (String voter : (String[]) labelsAndVoters[i + 1]) {
                String[] parts = voter.split("=", 2);
                String written = parts.length == 2 ? parts[1] : label + " (as " + parts[0] + " writes it)";
                votes.add(new Problem.Vote(fact + "/" + parts[0], parts[0], written));
            }
            values.add(new Problem.Value(label, votes));
        }
        return new Problem.Item(fact, values, new double[values.size()][values.size()]);
    }

    private static String[] voters(String... v) {
        return v;
    }

    private static String label(Problem problem, Solution solution, String fact) {
        Problem.Item item = problem.facts().stream().filter(i -> i.fact().equals(fact)).findFirst().orElseThrow();
        return item.values().get(solution.facts().get(fact).best()).label();
    }

    @Test
    void aReliableMajorityWinsAndIsRatedAboveTheOthers() {
        List<Problem.Item> facts = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            facts.add(fact("f" + k, "true", voters("a", "b", "c"), "wrong-d" + k, voters("d"), "wrong-e" + k, voters("e")));
        }
        Problem problem = new Problem(facts);
        Solution accu = Accu.solve(problem, ConsensusParams.DEFAULT);
        for (int k = 0; k < 10; k++) {
            assertEquals("true", label(problem, accu, "f" + k));
            assertTrue(accu.facts().get("f" + k).confidence() > 0.9);
        }
        assertTrue(accu.sources().get("a").reliability() > 0.9);
        assertTrue(accu.sources().get("d").reliability() < 0.1);
        assertEquals(10, accu.sources().get("a").withConsensus());
        assertEquals(10, accu.sources().get("d").againstConsensus());
        assertTrue(accu.converged());
    }

    @Test
    void aCopyingCliqueDoesNotOutvoteIndependentSources() {
        String[] independent = {"i0", "i1", "i2", "i3"};
        List<Problem.Item> facts = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            String wording = "clique wording " + (k < 10 ? "true" : "false") + k;
            String[] clique = IntStream.range(0, 6).mapToObj(c -> "c" + c + "=" + wording).toArray(String[]::new);
            facts.add(k < 10
                    ? fact("f" + k, "true", concat(independent, clique))
                    : fact("f" + k, "false", clique, "true", independent));
        }
        Problem problem = new Problem(facts);
        Solution majority = Majority.solve(problem);
        Solution accu = Accu.solve(problem, ConsensusParams.DEFAULT);
        for (int k = 10; k < 20; k++) {
            assertEquals("false", label(problem, majority, "f" + k), "six copies outvote four reports");
            assertEquals("true", label(problem, accu, "f" + k), "but they count as little more than one");
        }
        assertTrue(accu.sources().get("c3").copyWeight() < 0.5);
        assertEquals(1.0, accu.sources().get("i2").copyWeight(), 1e-9);
        assertTrue(accu.sources().get("i0").reliability() > accu.sources().get("c0").reliability());
    }

    @Test
    void aSingleAccurateSourceBeatsManyUnreliableOnesThatHappenToAgree() {
        List<Problem.Item> facts = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            facts.add(fact("f" + k, "true", voters("accurate", "second"),
                    "u0-" + k, voters("u0"), "u1-" + k, voters("u1"), "u2-" + k, voters("u2"), "u3-" + k, voters("u3")));
        }
        facts.add(fact("contested", "true", voters("accurate"), "rumour", voters("u0=rumour", "u1=rumour!", "u2=Rumour", "u3=RUMOUR")));
        Problem problem = new Problem(facts);
        assertEquals("rumour", label(problem, Majority.solve(problem), "contested"));
        // with few false values per fact (n = 10) four unreliable sources agreeing by chance is plausible; with the
        // default n = 1000 it is not, and their agreement would outweigh one source however accurate
        Solution accu = Accu.solve(problem, new ConsensusParams(0.8, 10, 0.3, 0.95, 0.2, 5, 500, 1e-6));
        assertEquals("true", label(problem, accu, "contested"));
        assertTrue(accu.sources().get("accurate").reliability() > 0.8);
        assertTrue(accu.sources().get("u0").reliability() < 0.2);
    }

    @Test
    void compatibleValuesLendPartialSupport() {
        Problem.Item plain = fact("date", "2024", voters("a", "b"), "March 2024", voters("c"), "2019", voters("d"));
        double[][] similarity = new double[3][3];
        similarity[0][1] = 0.5;
        similarity[1][0] = 0.5;
        Problem.Item similar = new Problem.Item("date", plain.values(), similarity);
        double[] without = Accu.solve(new Problem(List.of(plain)), ConsensusParams.DEFAULT).facts().get("date").probabilities();
        double[] with = Accu.solve(new Problem(List.of(similar)), ConsensusParams.DEFAULT).facts().get("date").probabilities();
        assertEquals(without[1], without[2], 1e-12, "without similarity, March 2024 and 2019 have one vote each");
        assertTrue(with[1] > with[2], "\"2024\" partly supports \"March 2024\", not \"2019\"");
    }

    @Test
    void aLoneClaimIsOnlyAsCertainAsItsSource() {
        Solution solution = Accu.solve(new Problem(List.of(fact("lone", "143", voters("a")))), ConsensusParams.DEFAULT);
        double confidence = solution.facts().get("lone").confidence();
        assertTrue(confidence > 0.3 && confidence < 1, String.valueOf(confidence));
        assertEquals(1, solution.sources().get("a").alone());
    }

    @Test
    void theSameProblemGivesTheSameAnswer() {
        List<Problem.Item> facts = new ArrayList<>();
        for (int k = 0; k < 15; k++) {
            facts.add(fact("f" + k, "x" + (k % 3), voters("a", "b"), "y" + k, voters("c", "d"), "z", voters("e")));
        }
        Problem problem = new Problem(facts);
        Solution first = Accu.solve(problem, ConsensusParams.DEFAULT);
        Solution second = Accu.solve(problem, ConsensusParams.DEFAULT);
        for (String fact : first.facts().keySet()) {
            assertArrayEquals(first.facts().get(fact).probabilities(), second.facts().get(fact).probabilities());
        }
        assertEquals(first.sources(), second.sources());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
