package io.corroborate.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.OptionalInt;

/** Limits of the GraphQL endpoint. Introspection is exempt from the query limits (see QueryLimits). */
@ConfigMapping(prefix = "corroborate.graphql")
public interface GraphQLConfig {

    /** Deepest data query accepted, in nested fields. */
    @WithDefault("12")
    int maxDepth();

    /** Most fields a data query may select. */
    @WithDefault("2000")
    int maxComplexity();

    /**
     * Most values a data query may return by its own description: each field once for every object it can appear
     * in, lists counting as many objects as their page size or, without pages, as the longest such list in the data.
     */
    @WithDefault("20000")
    long maxCost();

    /** From which cost a query counts as heavy and waits for one of the heavy-concurrency turns (HeavyQueries). */
    @WithDefault("2000")
    long heavyCost();

    /** How many heavy queries run at once; by default half the processors (at least one). */
    OptionalInt heavyConcurrency();

    /** How long a heavy query waits for its turn before it is refused with BUSY. */
    @WithDefault("20s")
    Duration heavyWait();

    /** How often ListSizes reads the longest lists in the data again (ListSizes' @Scheduled reads this property). */
    @WithDefault("1m")
    Duration listSizesEvery();

    /** Largest request body accepted at /graphql (an article's text travels in addSource). */
    @WithDefault("10M")
    MemorySize maxBodySize();

    /** Open WebSocket connections (live alerts) per client address on one replica; more are refused with 429. */
    @WithDefault("10")
    int maxSocketsPerAddress();
}
