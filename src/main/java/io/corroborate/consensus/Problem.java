package io.corroborate.consensus;

import java.util.List;

/**
 * What truth discovery works on, free of any database: facts, each with its candidate values (claims that
 * state the same value after normalisation form one value), who voted for each, and how much each value
 * supports each other one.
 */
public record Problem(List<Item> facts) {

    /**
     * @param similarity similarity[i][j] in [0, 1]: how much a vote for value i also supports value j
     *                   (e.g. "2024" partly supports "March 2024"); the diagonal is ignored
     */
    public record Item(String fact, List<Value> values, double[][] similarity) {
    }

    /** One candidate value and the votes (claims) for it. */
    public record Value(String label, List<Vote> votes) {
    }

    /**
     * @param written the value exactly as the source wrote it: identical wording across many facts is what
     *                betrays sources that copy each other
     */
    public record Vote(String claim, String source, String written) {
    }
}
