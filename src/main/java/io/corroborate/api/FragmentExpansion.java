package io.corroborate.api;

import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.validation.ValidationError;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses, before graphql-java validates it, a document whose fragments nest deeper than {@link #MAX_NESTING} or
 * multiply into more than {@link #MAX_SELECTIONS} field selections: graphql-java's validation follows each spread
 * recursively (a chain of a thousand fragments overflowed the stack) and its normalised operation expands every
 * spread in full (thirty fragments each spreading the next twice ask for a billion fields and ran out of memory).
 * Each fragment is measured once, without recursion, so the check costs no more than reading the document.
 */
public class FragmentExpansion extends SimplePerformantInstrumentation {

    static final int MAX_NESTING = 50;
    static final long MAX_SELECTIONS = 100_000;

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                        InstrumentationState state) {
        measure(parameters.getDocument());
        return SimpleInstrumentationContext.noOp();
    }

    /** Fields a definition selects itself, and the fragments it spreads (a spread as often as it is written). */
    private record Own(long fields, List<String> spreads) {
    }

    /** A fragment's size with every spread replaced by its fragment, and how deep its spreads nest. */
    private record Expanded(long selections, int nesting) {
    }

    static void measure(Document document) {
        Map<String, Own> fragments = new HashMap<>();
        List<Own> operations = new ArrayList<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof FragmentDefinition fragment) {
                fragments.putIfAbsent(fragment.getName(), own(fragment));
            } else if (definition instanceof OperationDefinition operation) {
                operations.add(own(operation));
            }
        }
        Map<String, Expanded> expanded = expand(fragments);
        for (Own operation : operations) {
            Expanded total = combine(operation, expanded);
            if (total.nesting() > MAX_NESTING) {
                throw new Refusal("QUERY_TOO_DEEP", "The query's fragments spread one another " + total.nesting()
                        + " levels deep; at most " + MAX_NESTING + " are allowed.");
            }
            if (total.selections() > MAX_SELECTIONS) {
                throw new Refusal("QUERY_TOO_COMPLEX", "The query's fragments expand to more than "
                        + String.format("%,d", MAX_SELECTIONS) + " field selections. Spread each fragment fewer times, or split the query.");
            }
        }
    }

    @SuppressWarnings("rawtypes") // graphql-java's Node.getChildren() is a List<Node>
    private static Own own(Node<?> definition) {
        long fields = 0;
        List<String> spreads = new ArrayList<>();
        Deque<Node> pending = new ArrayDeque<>(definition.getChildren());
        while (!pending.isEmpty()) {
            Node<?> node = pending.pop();
            if (node instanceof Field) {
                fields++;
            } else if (node instanceof FragmentSpread spread) {
                spreads.add(spread.getName());
            }
            node.getChildren().forEach(pending::push);
        }
        return new Own(fields, spreads);
    }

    /** Every fragment's expansion, in an order where each fragment's spreads come first; a cycle is refused. */
    private static Map<String, Expanded> expand(Map<String, Own> fragments) {
        Map<String, Expanded> done = new HashMap<>();
        Map<String, Boolean> open = new HashMap<>();
        for (String start : fragments.keySet()) {
            Deque<String> stack = new ArrayDeque<>();
            stack.push(start);
            while (!stack.isEmpty()) {
                String name = stack.peek();
                if (done.containsKey(name) || !fragments.containsKey(name)) {
                    stack.pop();
                    continue;
                }
                if (open.putIfAbsent(name, true) == null) {
                    for (String spread : fragments.get(name).spreads()) {
                        if (open.containsKey(spread) && !done.containsKey(spread)) {
                            throw new Refusal("GRAPHQL_VALIDATION_FAILED", "The fragment \"" + spread + "\" spreads itself"
                                    + " (through \"" + name + "\"); fragments must not form a cycle.");
                        }
                        stack.push(spread);
                    }
                } else {
                    stack.pop();
                    done.put(name, combine(fragments.get(name), done));
                }
            }
        }
        return done;
    }

    private static Expanded combine(Own own, Map<String, Expanded> expanded) {
        long selections = own.fields();
        int nesting = 0;
        for (String spread : own.spreads()) {
            Expanded fragment = expanded.getOrDefault(spread, new Expanded(0, 0));
            selections = Math.min(Long.MAX_VALUE / 2, selections + fragment.selections());
            nesting = Math.max(nesting, fragment.nesting() + 1);
        }
        return new Expanded(selections, nesting);
    }
}
