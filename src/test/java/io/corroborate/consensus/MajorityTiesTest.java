package io.corroborate.consensus;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** MAJORITY's tie rule, value by value: equal counts are a tie, broken by content, never by recording order. */
class MajorityTiesTest {

    /**
     * @param values     label:source,source;… in recording order
     * @param similarity "i>j=s;…": a vote for value i supports value j by s (indices in recording order)
     */
    @ParameterizedTest(name = "{0} | {1} -> {2} tied={3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            a:s1,s2;b:s3          | -           | a | false
            b:s1;a:s2,s3          | -           | a | false
            b:s1,s2;a:s3,s4       | -           | a | true
            a:s1,s2;b:s3,s4       | -           | a | true
            c:s1;b:s2;a:s3        | -           | a | true
            2024:s1;March 2024:s2 | 1>0=1       | 2024 | true
            March 2024:s1;2024:s2 | 0>1=1       | 2024 | true
            2024:s1;March 2024:s2 | 0>1=0.5;1>0=1 | 2024 | true
            x:s1;y:s2,s3;z:s4,s5  | 0>2=1       | z | true
            x:s1;z:s2,s3;y:s4,s5  | 0>1=1       | z | true
            y:s1,s1;x:s2          | -           | x | true
            """)
    void equalCountsAreATieBrokenByContent(String values, String similarity, String winner, boolean tied) {
        Problem.Item item = item(values, similarity);
        Solution.FactResult result = Majority.solve(new Problem(List.of(item))).facts().get("fact");
        assertEquals(winner, item.values().get(result.best()).label());
        assertEquals(tied, result.tied());
    }

    private static Problem.Item item(String values, String similarity) {
        List<Problem.Value> list = new ArrayList<>();
        for (String value : values.split(";")) {
            String[] parts = value.split(":");
            List<Problem.Vote> votes = new ArrayList<>();
            for (String source : parts[1].split(",")) {
                votes.add(new Problem.Vote(parts[0] + "/" + source + "/" + votes.size(), source, parts[0]));
            }
            list.add(new Problem.Value(parts[0], votes));
        }
        double[][] s = new double[list.size()][list.size()];
        if (similarity != null) {
            Arrays.stream(similarity.split(";")).forEach(edge -> {
                String[] ij = edge.split("[>=]");
                s[Integer.parseInt(ij[0])][Integer.parseInt(ij[1])] = Double.parseDouble(ij[2]);
            });
        }
        return new Problem.Item("fact", list, s);
    }
}
