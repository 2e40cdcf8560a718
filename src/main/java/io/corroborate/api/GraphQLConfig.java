package io.corroborate.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the GraphQL endpoint. Introspection is exempt from the query limits (see QueryLimits). */
@ConfigMapping(prefix = "corroborate.graphql")
public interface GraphQLConfig {

    /** Deepest data query accepted, in nested fields. */
    @WithDefault("12")
    int maxDepth();

    /** Most fields a data query may select. */
    @WithDefault("2000")
    int maxComplexity();

    /** Largest request body accepted at /graphql (an article's text travels in addSource). */
    @WithDefault("10M")
    MemorySize maxBodySize();
}
