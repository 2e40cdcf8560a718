package io.corroborate.consensus;

import io.corroborate.compare.ComparedClaim;
import io.corroborate.compare.Tolerances;
import io.corroborate.value.DateParser;
import io.corroborate.value.QuantityParser;
import io.corroborate.value.ClaimValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How much one amount or date supports another (Similarity with the default Closeness: h = 1 % for amounts, 1 day for dates). */
class ClosenessTest {

    private static ComparedClaim claim(String kind, String written) {
        ClaimValue value = kind.equals("DATE") ? DateParser.parse(written, null) : QuantityParser.parse(written);
        return new ComparedClaim(written, "s", "s", written, value, null, Set.of());
    }

    @ParameterizedTest(name = "{1} → {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            QUANTITY | 145 people          | 145 people          | 1
            QUANTITY | 143 people          | 145 people          | 0.3863
            QUANTITY | 144 people          | 145 people          | 0.7884
            QUANTITY | 130 people          | 145 people          | 0
            QUANTITY | 143 people          | 145 dollars         | 0
            QUANTITY | at least 143 people | 145 people          | 0.5
            QUANTITY | about 140 people    | 145 people          | 0.5
            QUANTITY | 140 to 150 people   | 145 people          | 0.5
            QUANTITY | about 145 people    | 145 people          | 1
            QUANTITY | nearly 145 people   | 145 people          | 0.5
            QUANTITY | 1.3 million         | 1.31 million        | 0.7472
            DATE     | 3 July 2025         | 3 July 2025         | 1
            DATE     | 3 July 2025         | 4 July 2025         | 0.6065
            DATE     | 3 July 2025         | 5 July 2025         | 0.1353
            DATE     | 3 July 2025         | 10 July 2025        | 0
            DATE     | July 2025           | 3 July 2025         | 0.5
            """)
    void closeValuesSupportEachOther(String kind, String from, String to, double expected) {
        assertEquals(expected, Similarity.of(claim(kind, from), claim(kind, to), Tolerances.DEFAULT, Closeness.DEFAULT), 1e-4);
    }

    /**
     * Three sources estimate a toll on ten facts: a and b close to each other (143 and 145, 1.4 % apart), c far off
     * (a fifth more). Without closeness the three values tie; with it the close ones support each other, the
     * outlier loses on every fact, and c's reliability falls below a's and b's.
     */
    @Test
    void anOutlierIsDownWeighted() {
        List<Problem.Item> facts = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            int base = 100 + 10 * k;
            List<ComparedClaim> claims = List.of(amount("a", k, base), amount("b", k, base + base / 70), amount("c", k, base + base / 5));
            facts.add(Candidates.of("toll-" + k, claims, Tolerances.DEFAULT, Closeness.DEFAULT).item());
        }
        Problem problem = new Problem(facts);
        Solution accu = Accu.solve(problem, ConsensusParams.DEFAULT);
        for (Problem.Item item : problem.facts()) {
            Solution.FactResult result = accu.facts().get(item.fact());
            String best = item.values().get(result.best()).votes().get(0).source();
            assertTrue(!best.equals("c"), item.fact() + " chose the outlier");
            double outlier = result.probabilities()[indexOf(item, "c")];
            assertTrue(outlier < result.confidence(), item.fact());
        }
        assertTrue(accu.sources().get("c").reliability() < accu.sources().get("a").reliability());
        assertTrue(accu.sources().get("c").reliability() < accu.sources().get("b").reliability());
        Solution without = Accu.solve(new Problem(facts.stream().map(i -> new Problem.Item(i.fact(), i.values(),
                new double[3][3])).toList()), ConsensusParams.DEFAULT);
        assertTrue(without.facts().values().stream().allMatch(Solution.FactResult::tied), "without closeness: a three-way tie");
    }

    private static ComparedClaim amount(String source, int fact, int amount) {
        return new ComparedClaim(source + fact, source, source, amount + " people", QuantityParser.parse(amount + " people"), null, Set.of());
    }

    private static int indexOf(Problem.Item item, String source) {
        for (int i = 0; i < item.values().size(); i++) {
            if (item.values().get(i).votes().get(0).source().equals(source)) {
                return i;
            }
        }
        throw new AssertionError(source);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            QUANTITY | 143 people  | 145 people
            DATE     | 3 July 2025 | 4 July 2025
            """)
    void noBandwidthNoSupportByCloseness(String kind, String from, String to) {
        assertEquals(0, Similarity.of(claim(kind, from), claim(kind, to), Tolerances.DEFAULT, new Closeness(0.5, 0, 0)));
    }
}
