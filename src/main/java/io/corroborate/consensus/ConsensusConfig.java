package io.corroborate.consensus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Truth-discovery parameters (docs/consensus.md) and how often stale results are recomputed. */
@ConfigMapping(prefix = "corroborate.consensus")
public interface ConsensusConfig {

    @WithDefault("0.8")
    double initialReliability();

    @WithDefault("10")
    int falseValues();

    @WithDefault("0.5")
    double similarityWeight();

    @WithDefault("0.8")
    double copyDiscount();

    @WithDefault("5")
    int minSharedFacts();

    @WithDefault("500")
    int maxIterations();

    @WithDefault("1e-6")
    double tolerance();

    /** How much a compatible but different value (a nested date, an overlapping amount, a cut quote) supports another. */
    @WithDefault("0.5")
    double compatibleSimilarity();

    /** How often the background job checks for changed claims and recomputes (a duration, e.g. 10s). */
    @WithDefault("10s")
    Duration refreshEvery();

    /** How many finished runs to keep per story and strategy. */
    @WithDefault("3")
    int keepRuns();

    default ConsensusParams params() {
        return new ConsensusParams(initialReliability(), falseValues(), similarityWeight(), copyDiscount(),
                minSharedFacts(), maxIterations(), tolerance());
    }
}
