package io.corroborate.api;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admits a WebSocket upgrade at /graphql (live alerts): it counts as one request against the client's rate (as an
 * anonymous read: the token comes later, in connection_init), and a client address holds at most
 * corroborate.graphql.max-sockets-per-address open connections on this replica. Refusals are 429 with Retry-After.
 */
@ApplicationScoped
public class SocketAdmission {

    private static final Duration SOCKET_WAIT = Duration.ofSeconds(30);

    private final GraphQLConfig config;
    private final RateLimits rates;
    private final ConcurrentMap<String, AtomicInteger> open = new ConcurrentHashMap<>();

    public SocketAdmission(GraphQLConfig config, RateLimits rates) {
        this.config = config;
        this.rates = rates;
    }

    /** Before SmallRye's WebSocket route (order -99), which upgrades the connection without passing it on. */
    void route(@Observes Router router) {
        router.route("/graphql").order(-150).handler(ctx -> {
            if (ctx.request().getHeader(HttpHeaders.UPGRADE) == null || admit(ctx)) {
                ctx.next();
            }
        });
    }

    /** Whether the upgrade may go on; if not, it has been answered. */
    private boolean admit(RoutingContext ctx) {
        String address = RateLimits.address(ctx.request());
        Optional<Duration> wait = rates.request(address, null);
        if (wait.isEmpty() && open.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet() > config.maxSocketsPerAddress()) {
            release(address);
            wait = Optional.of(SOCKET_WAIT);
        }
        if (wait.isPresent()) {
            RateLimitedException refusal = new RateLimitedException(wait.get().equals(SOCKET_WAIT) ? "open connections" : "requests", wait.get());
            ctx.response().putHeader("Retry-After", String.valueOf(refusal.retryAfterSeconds()));
            RequestSizes.refuse(ctx, 429, "RATE_LIMITED", refusal.getMessage());
            return false;
        }
        ctx.request().connection().closeHandler(closed -> release(address));
        return true;
    }

    private void release(String address) {
        open.computeIfPresent(address, (a, count) -> count.decrementAndGet() <= 0 ? null : count);
    }
}
