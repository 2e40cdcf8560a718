package io.corroborate.api;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Argument;
import graphql.language.Node;
import graphql.language.ObjectField;
import graphql.language.StringValue;

import java.util.List;
import java.util.Map;

/**
 * Refuses, before anything runs, a request whose arguments or variables hold text PostgreSQL cannot take (a NUL
 * character, half a surrogate pair): reads would otherwise send it to the database, which answers with an error.
 * The write services check the same on their own paths (curation.Check), the bulk import included.
 */
public class TextArguments extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                        InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        context.getCoercedVariables().toMap().forEach((name, value) -> inspect("$" + name, value));
        inspect(context.getOperationDefinition(), "query");
        context.getFragmentsByName().values().forEach(fragment -> inspect(fragment, "query"));
        return SimpleInstrumentationContext.noOp();
    }

    private static void inspect(Node<?> node, String field) {
        if (node instanceof StringValue text) {
            refuse(field, text.getValue());
            return;
        }
        String name = node instanceof Argument argument ? argument.getName()
                : node instanceof ObjectField objectField ? field + "." + objectField.getName() : field;
        for (Node<?> child : node.getChildren()) {
            inspect(child, name);
        }
    }

    private static void inspect(String field, Object value) {
        if (value instanceof String text) {
            refuse(field, text);
        } else if (value instanceof Map<?, ?> object) {
            object.forEach((key, item) -> inspect(field + "." + key, item));
        } else if (value instanceof List<?> list) {
            list.forEach(item -> inspect(field, item));
        }
    }

    private static void refuse(String field, String text) {
        String problem = text == null ? null : StorableText.problem(text);
        if (problem != null) {
            throw new Refusal(field, problem);
        }
    }

    /** A request error with code BAD_USER_INPUT and the argument or variable in details.field. */
    static final class Refusal extends AbortExecutionException {
        private final String field;

        Refusal(String field, String problem) {
            super("Argument \"" + field + "\": " + problem + ".");
            this.field = field;
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", "BAD_USER_INPUT", "details", Map.of("field", field));
        }
    }
}
