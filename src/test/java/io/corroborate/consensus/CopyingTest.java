package io.corroborate.consensus;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * AccuCopy's dependence between two sources (prior 0.2, copy rate 0.8, n = 10): 20 facts with a true value ("t", probability
 * 0.99) and false ones (probability 0.01); sources a and b of accuracy 0.8, and three bystanders who always state
 * the true value so that wording by chance can be measured.
 */
class CopyingTest {

    private static final int FACTS = 20;

    /** How values are written: numbers alike by nature; texts in each source's own style, or b as a writes them. */
    private enum Style { NUMBERS, OWN_WORDING, COPIED_WORDING }

    /** What a and b state on each fact: T (the true value), F (the same false value), D (different false values). */
    private static double dependence(String pattern, Style style) {
        boolean numbers = style == Style.NUMBERS;
        List<Problem.Item> items = new ArrayList<>();
        List<double[]> probabilities = new ArrayList<>();
        for (int k = 0; k < FACTS; k++) {
            char what = pattern.charAt(k % pattern.length());
            // numbers are written alike by nature; texts each in the source's own style unless copied
            String trueA = numbers ? "143" : "143 people (a)";
            String trueB = numbers ? "143" : style == Style.COPIED_WORDING ? trueA : "143 people (b)";
            List<Problem.Vote> truth = new ArrayList<>(List.of(new Problem.Vote("x" + k, "x", numbers ? "143" : "143 (x)"),
                    new Problem.Vote("y" + k, "y", numbers ? "143" : "143 (y)"), new Problem.Vote("z" + k, "z", numbers ? "143" : "143 (z)")));
            List<Problem.Value> values = new ArrayList<>();
            switch (what) {
                case 'T' -> {
                    truth.add(new Problem.Vote("a" + k, "a", trueA));
                    truth.add(new Problem.Vote("b" + k, "b", trueB));
                    values.add(new Problem.Value("t", truth));
                }
                case 'F' -> {
                    values.add(new Problem.Value("t", truth));
                    values.add(new Problem.Value("f", List.of(new Problem.Vote("a" + k, "a", "150"), new Problem.Vote("b" + k, "b", "150"))));
                }
                default -> {
                    values.add(new Problem.Value("t", truth));
                    values.add(new Problem.Value("f", List.of(new Problem.Vote("a" + k, "a", "150"))));
                    values.add(new Problem.Value("g", List.of(new Problem.Vote("b" + k, "b", "160"))));
                }
            }
            items.add(new Problem.Item("f" + k, values, new double[values.size()][values.size()]));
            double[] p = new double[values.size()];
            p[0] = 0.99;
            for (int v = 1; v < p.length; v++) {
                p[v] = 0.01 / (p.length - 1);
            }
            probabilities.add(p);
        }
        Copying copying = new Copying(new Problem(items), 5);
        Map<String, Double> accuracy = new TreeMap<>(Map.of("a", 0.8, "b", 0.8, "x", 0.8, "y", 0.8, "z", 0.8));
        copying.estimate(accuracy, probabilities, 10, 0.8, 0.2);
        return copying.between("a", "b");
    }

    @Test
    void sharedFalseValuesBeyondChanceBetrayCopying() {
        // mostly right, and wrong together on one fact in four: independent sources of accuracy 0.8 share a given
        // false value with probability 0.2 × 0.2 / 10 = 0.004 per fact
        assertTrue(dependence("TTTF", Style.COPIED_WORDING) > 0.99, "texts");
        assertTrue(dependence("TTTF", Style.NUMBERS) > 0.99, "numbers, written alike by nature, are caught by their shared errors");
    }

    @Test
    void sharedTruthAloneIsNoSignOfCopying() {
        assertEquals(0.2, dependence("T", Style.NUMBERS), 0.1, "numbers: every source writes 143, the prior stands");
        assertTrue(dependence("T", Style.OWN_WORDING) < 0.01, "a copier would have written them as its original did");
    }

    @Test
    void wordingAlikeBeyondChanceBetraysCopyingEvenOfTrueValues() {
        // the bystanders each write 143 in their own way: identical wording is rare by chance here
        assertTrue(dependence("T", Style.COPIED_WORDING) > 0.99);
    }

    @Test
    void sourcesThatErrApartAreIndependent() {
        // (written letter for letter alike where they agree, two sources would be a copier that copies half the time)
        for (Style style : List.of(Style.NUMBERS, Style.OWN_WORDING)) {
            assertTrue(dependence("TD", style) < 0.01, style.name());
        }
    }

    @Test
    void toFewSharedFactsAreNotJudged() {
        Problem.Item one = new Problem.Item("f", List.of(new Problem.Value("x", List.of(new Problem.Vote("a", "a", "x"),
                new Problem.Vote("b", "b", "x")))), new double[1][1]);
        Copying copying = new Copying(new Problem(List.of(one)), 5);
        copying.estimate(Map.of("a", 0.5, "b", 0.5), List.of(new double[] {0.01}), 10, 0.8, 0.2);
        assertEquals(0, copying.between("a", "b"));
    }

    @Test
    void moreSharedErrorsMoreCertainty() {
        assertTrue(dependence("TTTTTTTTTF", Style.NUMBERS) < dependence("TTTF", Style.NUMBERS));
        assertTrue(dependence("TTTTTTTTTF", Style.NUMBERS) > 0.2, "two shared errors in 20 facts already raise it above the prior");
    }
}
