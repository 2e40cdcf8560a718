package io.corroborate.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Token buckets (Bucket4j) per client: anonymous GraphQL requests per client address, signed-in requests per user
 * when configured, and sign-in attempts both per user name and per address. Each answers how long to wait when a
 * request is over its limit. Buckets live in this replica's memory, so with N replicas a client gets N times the
 * rate; an idle client's bucket is full again and is dropped.
 */
@ApplicationScoped
public class RateLimits {

    /** Set on the request when a field was refused for its rate, so the response is a 429 with Retry-After. */
    static final String RETRY_AFTER = "corroborate.retryAfter";

    private final RateConfig config;
    private final CurrentVertxRequest requests;
    private final Cache<String, Bucket> buckets;

    public RateLimits(RateConfig config, CurrentVertxRequest requests) {
        this.config = config;
        this.requests = requests;
        this.buckets = Caffeine.newBuilder().maximumSize(config.clientsKept())
                .expireAfterAccess(Duration.ofMinutes(10).plus(config.loginPeriod())).build();
    }

    /** Empty when the request may go on, else how long the client should wait. */
    public Optional<Duration> request(String address, String user) {
        if (user == null) {
            return take("read:" + address, config.anonymousPerSecond(), () -> Bandwidth.builder()
                    .capacity(config.anonymousPerSecond() + config.anonymousBurst())
                    .refillGreedy(config.anonymousPerSecond(), Duration.ofSeconds(1)).build());
        }
        return take("user:" + user, config.signedInPerSecond(), () -> Bandwidth.builder()
                .capacity(config.signedInPerSecond()).refillGreedy(config.signedInPerSecond(), Duration.ofSeconds(1)).build());
    }

    /** Refuses a sign-in attempt over its limits (RATE_LIMITED, and the response becomes a 429 with Retry-After). */
    public void admitLogin(String username) {
        RoutingContext ctx = requests.getCurrent();
        Optional<Duration> wait = login(username, address(ctx == null ? null : ctx.request()));
        if (wait.isPresent()) {
            RateLimitedException refusal = new RateLimitedException("sign-in attempts", wait.get());
            ctx.put(RETRY_AFTER, refusal.retryAfterSeconds());
            throw refusal;
        }
    }

    /** The client's address; behind a proxy, set quarkus.http.proxy.proxy-address-forwarding so it is the client's. */
    public static String address(HttpServerRequest request) {
        return request == null || request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    /** A sign-in attempt: counted against the user name and the address alike; refused when either is spent. */
    Optional<Duration> login(String username, String address) {
        Optional<Duration> byUser = take("login-user:" + username, config.loginPerUser(), () -> Bandwidth.builder()
                .capacity(config.loginPerUser()).refillIntervally(config.loginPerUser(), config.loginPeriod()).build());
        return byUser.isPresent() ? byUser : take("login-address:" + address, config.loginPerAddress(), () -> Bandwidth.builder()
                .capacity(config.loginPerAddress()).refillIntervally(config.loginPerAddress(), config.loginPeriod()).build());
    }

    private Optional<Duration> take(String key, long limit, Supplier<Bandwidth> bandwidth) {
        if (limit <= 0) {
            return Optional.empty();
        }
        ConsumptionProbe probe = buckets.get(key, k -> Bucket.builder().addLimit(bandwidth.get()).build()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
