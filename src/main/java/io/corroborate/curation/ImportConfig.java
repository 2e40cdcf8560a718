package io.corroborate.curation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Bulk import settings. */
@ConfigMapping(prefix = "corroborate.import")
public interface ImportConfig {

    /** The longest one import transaction may run. */
    @WithDefault("PT1H")
    Duration timeout();

    /** From how many claims an import refreshes the planner's statistics of the tables it wrote (ANALYZE). */
    @WithDefault("10000")
    long analyzeFrom();
}
