package io.corroborate.api;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A bulkhead for expensive queries: those whose cost (QueryLimits) is above corroborate.graphql.heavy-cost run at
 * most corroborate.graphql.heavy-concurrency at a time, so however many clients send them, the processors stay free
 * for everyone else's small queries. A heavy query waits for its turn up to corroborate.graphql.heavy-wait, then is
 * refused (BUSY, HTTP 503 with Retry-After) rather than piling up.
 */
public class HeavyQueries extends SimplePerformantInstrumentation {

    static final String REFUSED = "corroborate.busy";

    private final long heavyCost;
    private final Duration wait;
    private final Semaphore turns;

    public HeavyQueries(GraphQLConfig config) {
        this(config.heavyCost(), config.heavyConcurrency().orElse(Math.max(1, Runtime.getRuntime().availableProcessors() / 2)), config.heavyWait());
    }

    HeavyQueries(long heavyCost, int concurrency, Duration wait) {
        this.heavyCost = heavyCost;
        this.wait = wait;
        this.turns = new Semaphore(concurrency, true);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                        InstrumentationState state) {
        Long cost = parameters.getExecutionContext().getGraphQLContext().get(QueryLimits.COST);
        Runnable leave = enter(cost == null ? 0 : cost);
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> leave.run());
    }

    /** Waits for a turn if the query is heavy (or refuses it with Busy); returns what ends the turn. */
    Runnable enter(long cost) {
        if (cost <= heavyCost) {
            return () -> { };
        }
        try {
            if (!turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy(wait);
        }
        return turns::release;
    }

    /** Too many expensive queries are running: come back later. */
    static final class Busy extends AbortExecutionException {
        /** A guess: the turns of the queries ahead of it end within seconds. */
        static final long RETRY_AFTER_SECONDS = 5;

        Busy(Duration wait) {
            super("The service is busy with other large queries and this one waited " + wait.toSeconds()
                    + " s for its turn. Try again shortly, or ask for less (smaller pages, fewer nested lists).");
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", "BUSY", "details", Map.of("retryAfterSeconds", RETRY_AFTER_SECONDS));
        }
    }
}
