package io.corroborate.curation;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Bulk import settings. */
@ConfigMapping(prefix = "corroborate.import")
public interface ImportConfig {

    /** The longest one import transaction may run. */
    @WithDefault("PT1H")
    Duration timeout();

    /** Largest import body accepted (the only route that takes more than corroborate.graphql.max-body-size). */
    @WithDefault("1G")
    MemorySize maxBodySize();

    /** From how many claims an import refreshes the planner's statistics of the tables it wrote (ANALYZE). */
    @WithDefault("10000")
    long analyzeFrom();
}
