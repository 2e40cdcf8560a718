package io.corroborate.api;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.Node;

import java.util.HashMap;
import java.util.Map;

/**
 * Refuses a document whose fragment spreads multiply into more field selections than {@link #MAX_SELECTIONS}
 * (thirty fragments each spreading the next twice ask for a billion). The count is the document's size with every
 * spread replaced by its fragment, each fragment counted once and reused, so measuring costs no more than reading
 * the document; the depth and field limits, and graphql-java's own walks over the operation, would otherwise
 * expand it in full.
 */
public class FragmentExpansion extends SimplePerformantInstrumentation {

    static final long MAX_SELECTIONS = 100_000;

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                        InstrumentationState state) {
        var context = parameters.getExecutionContext();
        Map<String, Long> sizes = new HashMap<>();
        long selections = size(context.getOperationDefinition(), context.getFragmentsByName(), sizes);
        if (selections > MAX_SELECTIONS) {
            throw new Refusal("The query's fragments expand to more than " + String.format("%,d", MAX_SELECTIONS)
                    + " field selections. Spread each fragment fewer times, or split the query.");
        }
        return SimpleInstrumentationContext.noOp();
    }

    private static long size(Node<?> node, Map<String, FragmentDefinition> fragments, Map<String, Long> sizes) {
        if (node instanceof FragmentSpread spread) {
            FragmentDefinition fragment = fragments.get(spread.getName());
            if (fragment == null || sizes.get(spread.getName()) != null && sizes.get(spread.getName()) < 0) {
                return 0;
            }
            Long known = sizes.get(spread.getName());
            if (known == null) {
                sizes.put(spread.getName(), -1L);
                known = size(fragment, fragments, sizes);
                sizes.put(spread.getName(), known);
            }
            return known;
        }
        long size = node instanceof Field ? 1 : 0;
        for (Node<?> child : node.getChildren()) {
            size = Math.min(Long.MAX_VALUE / 4, size + size(child, fragments, sizes));
        }
        return size;
    }

    /** A request error with code QUERY_TOO_COMPLEX. */
    static final class Refusal extends AbortExecutionException {
        Refusal(String message) {
            super(message);
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", "QUERY_TOO_COMPLEX");
        }
    }
}
