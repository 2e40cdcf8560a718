package io.corroborate.api;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldArgumentInputValue;
import graphql.analysis.QueryVisitorFieldArgumentValueEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.language.IntValue;
import graphql.schema.GraphQLTypeUtil;
import graphql.util.TraversalControl;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.ExecutionResult;

import java.util.Map;

/**
 * Refuses data queries that are too deep or have too many fields, before anything runs. Introspection
 * (`__schema`, `__type`) is exempt: GraphiQL's own schema query is 15 levels deep, and graphql-java's
 * good-faith introspection check already bounds it (depth 20, 500 fields).
 */
public class QueryLimits extends SimplePerformantInstrumentation {

    private final int maxDepth;
    private final int maxComplexity;

    public QueryLimits(int maxDepth, int maxComplexity) {
        this.maxDepth = maxDepth;
        this.maxComplexity = maxComplexity;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                        InstrumentationState state) {
        Size size = measure(parameters.getExecutionContext());
        if (size.depth > maxDepth) {
            throw new Refusal("QUERY_TOO_DEEP", "The query is " + size.depth + " levels deep; at most " + maxDepth
                    + " are allowed. Ask for less nesting, or split the query.");
        }
        if (size.fields > maxComplexity) {
            throw new Refusal("QUERY_TOO_COMPLEX", "The query asks for " + size.fields + " fields; at most " + maxComplexity
                    + " are allowed. Ask for fewer fields, or split the query.");
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** Depth and field count of the data the query asks for, in one pass that also refuses Ints SmallRye would wrap. */
    private static Size measure(ExecutionContext context) {
        Size[] size = {new Size(0, 0)};
        QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getExecutionInput().getOperationName())
                .coercedVariables(context.getCoercedVariables())
                .build().visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment field) {
                        if (!introspection(field)) {
                            size[0] = size[0].with(depth(field));
                        }
                    }

                    @Override
                    public TraversalControl visitArgumentValue(QueryVisitorFieldArgumentValueEnvironment environment) {
                        refuseWrapping(environment.getArgumentInputValue());
                        return TraversalControl.CONTINUE;
                    }
                });
        return size[0];
    }

    /**
     * An Int written in the query beyond 32 bits is refused: SmallRye's Int would wrap it silently (first: 4294967301
     * read as 5, a version 4294967296 as 0).
     */
    private static void refuseWrapping(QueryVisitorFieldArgumentInputValue input) {
        if (input.getValue() instanceof IntValue literal && "Int".equals(GraphQLTypeUtil.unwrapAll(input.getInputType()).getName())
                && literal.getValue().bitLength() > 31) {
            throw new Refusal("BAD_USER_INPUT", "Argument \"" + input.getName() + "\": " + literal.getValue()
                    + " is not an Int (from -2147483648 to 2147483647).");
        }
    }

    private static boolean introspection(QueryVisitorFieldEnvironment field) {
        for (QueryVisitorFieldEnvironment f = field; f != null; f = f.getParentEnvironment()) {
            if (f.getFieldDefinition().getName().startsWith("__")) {
                return true;
            }
        }
        return false;
    }

    private static int depth(QueryVisitorFieldEnvironment field) {
        int depth = 0;
        for (QueryVisitorFieldEnvironment f = field; f != null; f = f.getParentEnvironment()) {
            depth++;
        }
        return depth;
    }

    private record Size(int depth, int fields) {
        Size with(int fieldDepth) {
            return new Size(Math.max(depth, fieldDepth), fields + 1);
        }
    }

    /** A query refused by a limit: a request error with its own extensions.code. */
    static final class Refusal extends AbortExecutionException {
        private final String code;

        Refusal(String code, String message) {
            super(message);
            this.code = code;
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", code);
        }
    }
}
