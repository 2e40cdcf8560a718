package io.corroborate.api;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.language.OperationDefinition;
import org.dataloader.DataLoader;

import java.util.Map;

/**
 * Over WebSocket (SmallRye's graphql-transport-ws and graphql-ws handler) only subscriptions run, and only there: queries
 * and mutations go by HTTP, through {@link GraphQLEndpoint}, where the rate limits apply to each of them. An execution
 * comes from the endpoint when its context carries the endpoint's {@link AbandonedRequests#CLIENT_GONE} test.
 * Each event of a subscription reads afresh: the batch loaders of a subscription live as long as it does, and
 * would otherwise answer every event with what they loaded for the first.
 */
public class SocketOperations extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                        InstrumentationState state) {
        var execution = parameters.getExecutionContext();
        boolean overHttp = execution.getGraphQLContext().hasKey(AbandonedRequests.CLIENT_GONE);
        if (overHttp == (execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.SUBSCRIPTION)) {
            throw new WrongTransport(overHttp ? "Subscriptions run over WebSocket (graphql-transport-ws at /graphql), not over HTTP."
                    : "Only subscriptions run over WebSocket: send queries and mutations by HTTP POST to /graphql.");
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(InstrumentationFieldParameters parameters,
                                                                            InstrumentationState state) {
        parameters.getExecutionContext().getDataLoaderRegistry().getDataLoaders().forEach(DataLoader::clearAll);
        return SimpleInstrumentationContext.noOp();
    }

    /** A query or mutation sent over WebSocket, or a subscription over HTTP. */
    static final class WrongTransport extends AbortExecutionException {
        WrongTransport(String message) {
            super(message);
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", "METHOD_NOT_ALLOWED");
        }
    }
}
