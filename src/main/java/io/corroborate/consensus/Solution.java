package io.corroborate.consensus;

import java.util.Map;

/** What truth discovery concluded: per fact the best-supported value, per source a reliability. */
public record Solution(Map<String, FactResult> facts, Map<String, SourceResult> sources, int iterations, boolean converged) {

    /**
     * @param best          index of the best-supported value in the problem's list of values
     * @param probabilities the probability of each value, in the problem's order
     * @param contributions for the best value, each source behind it and its share of the support (sums to 1)
     */
    public record FactResult(int best, double[] probabilities, Map<String, Double> contributions) {

        public double confidence() {
            return probabilities[best];
        }
    }

    /**
     * @param reliability the estimated share of this source's claims that are right, in [0, 1]
     * @param facts       how many facts the estimate rests on
     * @param withConsensus facts where the source states the best-supported value (with at least one other source)
     * @param againstConsensus facts where it states another value
     * @param alone       facts only this source reports
     * @param copyWeight  the weight of its votes after discounting for sources it appears to copy (1 = independent)
     */
    public record SourceResult(double reliability, int facts, int withConsensus, int againstConsensus, int alone,
                               double copyWeight) {
    }

}
