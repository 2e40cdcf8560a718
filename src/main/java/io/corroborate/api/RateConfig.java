package io.corroborate.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Rate limits (api/RateLimits), per replica. A limit of 0 turns it off. */
@ConfigMapping(prefix = "corroborate.rate")
public interface RateConfig {

    /** GraphQL requests an anonymous client address may make per second, on average. */
    @WithDefault("20")
    long anonymousPerSecond();

    /** How many requests above that average an anonymous address may send at once. */
    @WithDefault("100")
    long anonymousBurst();

    /** GraphQL requests a signed-in user may make per second (0: not throttled). */
    @WithDefault("0")
    long signedInPerSecond();

    /** Sign-in attempts per user name per loginPeriod, whatever the address. */
    @WithDefault("5")
    long loginPerUser();

    /** Sign-in attempts per client address per loginPeriod, whatever the user names. */
    @WithDefault("20")
    long loginPerAddress();

    @WithDefault("1m")
    Duration loginPeriod();

    /** How many clients' buckets are kept at most (the least recently seen are forgotten first). */
    @WithDefault("100000")
    long clientsKept();
}
