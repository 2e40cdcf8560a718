package io.corroborate.consensus;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What truth discovery concluded: per fact the best-supported value, per source a reliability.
 *
 * @param residual  the largest change of a source's reliability or of a pair of sources' probability of copying in the last iteration
 * @param converged whether the residual fell within the tolerance before the iteration cap
 */
public record Solution(Map<String, FactResult> facts, Map<String, SourceResult> sources, int iterations, double residual,
                       boolean converged) {

    /**
     * @param best          index of the best-supported value in the problem's list of values
     * @param probabilities the probability of each value, in the problem's order
     * @param contributions for the best value, each source behind it and its share of the support (sums to 1)
     * @param tied          another value is as probable as the best one (the tie rule chose between them)
     */
    public record FactResult(int best, double[] probabilities, Map<String, Double> contributions, boolean tied) {

        public double confidence() {
            return probabilities[best];
        }

        /** The same result for the values in another order: order[k] is the index there of value k here. */
        FactResult reordered(int[] order) {
            double[] p = new double[probabilities.length];
            for (int k = 0; k < order.length; k++) {
                p[order[k]] = probabilities[k];
            }
            return new FactResult(order[best], p, contributions, tied);
        }
    }

    /**
     * Solves the canonical form of the problem (see {@link Problem#canonical()}) and reports the values in
     * the problem's own order: the result depends on the set of claims, never on the order they came in.
     */
    static Solution ofCanonical(Problem problem, java.util.function.Function<Problem, Solution> solver) {
        Solution canonical = solver.apply(problem.canonical());
        Map<String, FactResult> facts = new LinkedHashMap<>();
        for (Problem.Item item : problem.facts()) {
            FactResult result = canonical.facts().get(item.fact());
            if (result != null) {
                facts.put(item.fact(), result.reordered(item.canonicalOrder()));
            }
        }
        return new Solution(facts, canonical.sources(), canonical.iterations(), canonical.residual(), canonical.converged());
    }

    /**
     * @param reliability the estimated share of this source's claims that are right, in [0, 1]
     * @param facts       how many facts the estimate rests on
     * @param withConsensus facts where the source states the best-supported value (with at least one other source)
     * @param againstConsensus facts where it states another value
     * @param alone       facts only this source reports
     * @param copyWeight  the weight of its votes after discounting for sources it appears to copy (1 = independent)
     * @param copies      the other sources it likely copies or is copied by, with the probability (at least 0.5)
     */
    public record SourceResult(double reliability, int facts, int withConsensus, int againstConsensus, int alone,
                               double copyWeight, Map<String, Double> copies) {
    }

}
