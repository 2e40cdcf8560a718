package io.corroborate.api;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.TrivialDataFetcher;

import java.util.function.BooleanSupplier;

/**
 * Stops the work of a request whose client has gone: every field not fetched yet fails at once, without touching
 * the database, so an abandoned heavy query does not keep a worker and a connection busy for nobody.
 */
public class AbandonedRequests extends SimplePerformantInstrumentation {

    /** The key, in the GraphQL context, of a test whether the client is still there. */
    static final String CLIENT_GONE = "corroborate.clientGone";

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        if (fetcher instanceof TrivialDataFetcher<?> || parameters.isTrivialDataFetcher()) {
            return fetcher;
        }
        return environment -> {
            BooleanSupplier gone = environment.getGraphQlContext().get(CLIENT_GONE);
            if (gone != null && gone.getAsBoolean()) {
                throw new ClientGoneException();
            }
            return fetcher.get(environment);
        };
    }

    /** The field was not fetched because nobody is waiting for the answer. */
    static final class ClientGoneException extends RuntimeException {
        ClientGoneException() {
            super("the client has gone", null, false, false);
        }
    }
}
