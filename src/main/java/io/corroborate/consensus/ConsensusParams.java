package io.corroborate.consensus;

/**
 * Parameters of the ACCU truth-discovery algorithm (docs/consensus.md).
 *
 * @param initialReliability every source's reliability before the first iteration
 * @param falseValues        n: how many false values a fact is assumed to have (ACCU's uniform-error model)
 * @param similarityWeight   ρ: how much a vote for a compatible value counts for this one (0 = not at all)
 * @param copyDiscount       c: the copy rate, how often a copier copies rather than finds out itself; a vote is
 *                           discounted by c × the probability that it copies an earlier voter (0 = no copy detection)
 * @param copyPrior          α: the prior probability that two sources copy one another
 * @param minSharedFacts     fewest facts two sources must share before copying between them is considered
 * @param maxIterations      stop after this many iterations even without convergence
 * @param tolerance          converged when no reliability moves by more than this
 */
/* The defaults were chosen on the Book benchmark's silver set (bench/book/RESULTS.md, "Parameter procedure"). */
public record ConsensusParams(double initialReliability, int falseValues, double similarityWeight, double copyDiscount,
                              double copyPrior, int minSharedFacts, int maxIterations, double tolerance) {

    public static final ConsensusParams DEFAULT = new ConsensusParams(0.8, 1000, 0.3, 0.95, 0.2, 5, 500, 1e-6);
}
