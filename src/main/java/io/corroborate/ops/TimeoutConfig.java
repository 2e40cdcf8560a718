package io.corroborate.ops;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How long the API works on one request and how long one of its SQL statements may run. The bulk import has its own
 * limit (corroborate.import.timeout); background jobs and the start-up corpus load have {@link #jobStatement()}.
 */
@ConfigMapping(prefix = "corroborate.timeouts")
public interface TimeoutConfig {

    /**
     * The time from a /graphql request's arrival after which no further field is fetched for it (REQUEST_TIMEOUT):
     * a request that waited too long for a worker or did too much gives up instead of piling up.
     */
    @WithDefault("PT30S")
    Duration request();

    /** PostgreSQL statement_timeout of every connection of the pool, so of every API statement (TIMEOUT). */
    @WithDefault("PT15S")
    Duration statement();

    /** statement_timeout of the background jobs' transactions (comparison drain, consensus refresh, corpus load). */
    @WithDefault("PT30M")
    Duration jobStatement();
}
