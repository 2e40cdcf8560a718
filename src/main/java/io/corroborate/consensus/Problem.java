package io.corroborate.consensus;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What truth discovery works on, free of any database: facts, each with its candidate values (claims that
 * state the same value after normalisation form one value), who voted for each, and how much each value
 * supports each other one.
 */
public record Problem(List<Item> facts) {

    private static final Comparator<Vote> VOTE_ORDER = Comparator.comparing(Vote::source)
            .thenComparing(Vote::written).thenComparing(Vote::claim);
    private static final Comparator<Value> VALUE_ORDER = Comparator.comparing(Value::label)
            .thenComparing(v -> v.votes().size(), Comparator.reverseOrder())
            .thenComparing(v -> v.votes().toString());

    /**
     * The same problem in an order that depends only on its content: facts by key, values by label (then
     * votes), votes by source, wording and claim key. Solving it never depends on the order claims arrived in.
     */
    public Problem canonical() {
        return new Problem(facts.stream().sorted(Comparator.comparing(Item::fact)).map(Item::canonical).toList());
    }

    /**
     * @param similarity similarity[i][j] in [0, 1]: how much a vote for value i also supports value j
     *                   (e.g. "2024" partly supports "March 2024"); the diagonal is ignored
     */
    public record Item(String fact, List<Value> values, double[][] similarity) {

        /** order[k] = the index in this item of the k-th value in canonical order. */
        int[] canonicalOrder() {
            List<Value> sorted = values.stream().map(Value::canonical).toList();
            return IntStream.range(0, values.size()).boxed()
                    .sorted(Comparator.comparing(sorted::get, VALUE_ORDER)).mapToInt(Integer::intValue).toArray();
        }

        Item canonical() {
            int[] order = canonicalOrder();
            List<Value> sorted = Arrays.stream(order).mapToObj(i -> values.get(i).canonical()).toList();
            double[][] s = new double[order.length][order.length];
            for (int i = 0; i < order.length; i++) {
                for (int j = 0; j < order.length; j++) {
                    s[i][j] = similarity[order[i]][order[j]];
                }
            }
            return new Item(fact, sorted, s);
        }
    }

    /** One candidate value and the votes (claims) for it. */
    public record Value(String label, List<Vote> votes) {

        Value canonical() {
            return new Value(label, votes.stream().sorted(VOTE_ORDER).toList());
        }
    }

    /**
     * @param written the value exactly as the source wrote it: identical wording across many facts is what
     *                betrays sources that copy each other
     */
    public record Vote(String claim, String source, String written) {
    }
}
