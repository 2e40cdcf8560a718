package io.corroborate.consensus;

/**
 * Parameters of the ACCU truth-discovery algorithm (docs/consensus.md).
 *
 * @param initialReliability every source's reliability before the first iteration
 * @param falseValues        n: how many false values a fact is assumed to have (ACCU's uniform-error model)
 * @param similarityWeight   ρ: how much a vote for a compatible value counts for this one (0 = not at all)
 * @param copyDiscount       c: how much a vote is discounted per earlier voter it appears to copy (0 = never)
 * @param minSharedFacts     fewest facts two sources must share before copying between them is considered
 * @param maxIterations      stop after this many iterations even without convergence
 * @param tolerance          converged when no reliability moves by more than this
 */
public record ConsensusParams(double initialReliability, int falseValues, double similarityWeight, double copyDiscount,
                              int minSharedFacts, int maxIterations, double tolerance) {

    public static final ConsensusParams DEFAULT = new ConsensusParams(0.8, 10, 0.5, 0.8, 5, 500, 1e-6);
}
