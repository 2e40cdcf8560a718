package io.corroborate.consensus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Truth-discovery parameters (docs/consensus.md) and how often stale results are recomputed. The defaults of
 * false-values, similarity-weight, copy-discount and copy-prior were chosen on the Book benchmark's silver set,
 * never on the gold answers it is scored on (bench/book/RESULTS.md, "Parameter procedure").
 */
@ConfigMapping(prefix = "corroborate.consensus")
public interface ConsensusConfig {

    @WithDefault("0.8")
    double initialReliability();

    @WithDefault("1000")
    int falseValues();

    @WithDefault("0.3")
    double similarityWeight();

    @WithDefault("0.95")
    double copyDiscount();

    /** α, the prior probability that two sources copy one another. */
    @WithDefault("0.2")
    double copyPrior();

    @WithDefault("5")
    int minSharedFacts();

    @WithDefault("500")
    int maxIterations();

    @WithDefault("1e-6")
    double tolerance();

    /** How much a compatible but different value (a nested date, an overlapping amount, a cut quote) supports another. */
    @WithDefault("0.5")
    double compatibleSimilarity();

    /**
     * h of the closeness kernel for amounts, as a relative distance: two amounts |x − y| / max(|x|, |y|) = h apart
     * support each other by exp(−½) ≈ 0.61 (0 = amounts support each other only as the comparison allows).
     */
    @WithDefault("0.01")
    double amountCloseness();

    /** h of the closeness kernel for dates: two dates this far apart support each other by ≈ 0.61 (0 = off). */
    @WithDefault("1d")
    Duration dateCloseness();

    /** How often the background job checks for changed claims and recomputes (a duration, e.g. 10s). */
    @WithDefault("10s")
    Duration refreshEvery();

    /** How many finished runs to keep per story and strategy. */
    @WithDefault("3")
    int keepRuns();

    default Closeness closeness() {
        return new Closeness(compatibleSimilarity(), amountCloseness(), dateCloseness().toSeconds() / 86400.0);
    }

    default ConsensusParams params() {
        return new ConsensusParams(initialReliability(), falseValues(), similarityWeight(), copyDiscount(),
                copyPrior(), minSharedFacts(), maxIterations(), tolerance());
    }
}
