package io.corroborate.api;

import io.smallrye.graphql.api.ErrorCode;

import java.time.Duration;
import java.util.Map;

/** Too many requests from one client; it may try again after the given number of seconds. */
@ErrorCode("RATE_LIMITED")
public class RateLimitedException extends DomainException {

    private final long retryAfterSeconds;

    public RateLimitedException(String what, Duration wait) {
        this(what, Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    private RateLimitedException(String what, long seconds) {
        super("Too many " + what + " from this client; try again in " + seconds + " s.", Map.of("retryAfterSeconds", seconds));
        this.retryAfterSeconds = seconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
