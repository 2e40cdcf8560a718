package io.corroborate.api;

import graphql.language.OperationDefinition;
import graphql.TrivialDataFetcher;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.corroborate.ops.TimeoutConfig;

import java.util.concurrent.CompletableFuture;

/**
 * The server-side request timeout: once corroborate.timeouts.request has passed since the request arrived
 * ({@link RequestMetrics} notes when), no further field is fetched and each fails with REQUEST_TIMEOUT. A single
 * long SQL statement is bounded by the statement timeout instead.
 */
public class RequestDeadline extends SimplePerformantInstrumentation {

    private final long limitNanos;

    public RequestDeadline(TimeoutConfig config) {
        this.limitNanos = config.request().toNanos();
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new Deadline(RequestMetrics.arrival() + limitNanos));
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        // a subscription lives for as long as its client listens: each event's statements are bounded by the statement timeout
        if (fetcher instanceof TrivialDataFetcher<?> || parameters.isTrivialDataFetcher() || !(state instanceof Deadline deadline)
                || parameters.getExecutionContext().getOperationDefinition().getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
            return fetcher;
        }
        return environment -> {
            if (System.nanoTime() - deadline.at > 0) {
                throw new RequestTimeoutException();
            }
            return fetcher.get(environment);
        };
    }

    private record Deadline(long at) implements InstrumentationState {
    }

    /** The field was not fetched because the request's time was up. */
    static final class RequestTimeoutException extends RuntimeException {
        RequestTimeoutException() {
            super("the request's time is up", null, false, false);
        }
    }
}
