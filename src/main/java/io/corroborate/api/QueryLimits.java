package io.corroborate.api;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldArgumentInputValue;
import graphql.analysis.QueryVisitorFieldArgumentValueEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.language.IntValue;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.util.TraversalControl;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.ExecutionResult;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Refuses data queries that are too deep, have too many fields, or could return too much, before anything runs.
 * What a query can return is its cost: every field counts once for each object it can appear in, so a list
 * multiplies what is under it by its page size (`first`/`last`, or the default page size) or, for lists without
 * pages, by the largest such list in the data (ListSizes). Introspection (`__schema`, `__type`) is exempt: GraphiQL's
 * own schema query is 15 levels deep, and graphql-java's good-faith introspection check already bounds it
 * (depth 20, 500 fields).
 */
public class QueryLimits extends SimplePerformantInstrumentation {

    /** The key, in the GraphQL context, of the query's cost once measured (read by HeavyQueries). */
    static final String COST = "corroborate.cost";

    /**
     * Scalar fields that return a whole document (a JSON string): each counts as the values the document holds, a
     * few for the fact itself and more for each of its claims (the claim, its article, curation and excerpt).
     */
    private static final Map<String, DocumentField> DOCUMENTS = Map.of("Fact.claimReview", new DocumentField("Fact.claims", 32, 64));

    private record DocumentField(String list, int fixed, int perItem) {
    }

    private final int maxDepth;
    private final int maxComplexity;
    private final long maxCost;
    private final int defaultPage;
    private final int maxPage;
    private final Supplier<ListSizes> listSizes;

    public QueryLimits(GraphQLConfig config, PagingConfig paging, Supplier<ListSizes> listSizes) {
        this.maxDepth = config.maxDepth();
        this.maxComplexity = config.maxComplexity();
        this.maxCost = config.maxCost();
        this.defaultPage = paging.defaultSize();
        this.maxPage = paging.maxSize();
        this.listSizes = listSizes;
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
        if (size.cost > maxCost) {
            throw new Refusal("QUERY_TOO_LARGE", "The query could return " + size.cost + " values; at most " + maxCost
                    + " are allowed. Lists multiply what they hold: page with first/after (facts, discrepancies), ask for"
                    + " fewer nested lists, or split the query.");
        }
        parameters.getExecutionContext().getGraphQLContext().put(COST, size.cost);
        return SimpleInstrumentationContext.noOp();
    }

    /** Depth, field count and cost of the data the query asks for, in one pass that also refuses Ints SmallRye would wrap. */
    private Size measure(ExecutionContext context) {
        return measure(context.getGraphQLSchema(), context.getDocument(), context.getExecutionInput().getOperationName(),
                context.getCoercedVariables());
    }

    Size measure(GraphQLSchema schema, Document document, String operationName, CoercedVariables variables) {
        Size[] size = {new Size(0, 0, 0)};
        // each field's count of objects, once per document: its children ask for it, and it may query the database
        Map<QueryVisitorFieldEnvironment, Long> known = new IdentityHashMap<>();
        QueryTraverser.newQueryTraverser()
                .schema(schema)
                .document(document)
                .operationName(operationName)
                .coercedVariables(variables)
                .build().visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment field) {
                        if (!introspection(field)) {
                            size[0] = size[0].with(depth(field), weighed(field, occurrences(field, known)));
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

    /** What a field's occurrences hold: one value each, or for a document field the values of the documents. */
    private long weighed(QueryVisitorFieldEnvironment field, long occurrences) {
        DocumentField document = DOCUMENTS.get(name(field));
        if (document == null) {
            return occurrences;
        }
        QueryVisitorFieldEnvironment parent = field.getParentEnvironment();
        Long items = listSizes.get().items(document.list(), occurrences, parent == null || distinct(parent));
        return times(occurrences, document.fixed()) + times(items == null ? times(occurrences, defaultPage) : items, document.perItem());
    }

    /** How many times a field can appear in the answer: once for each object of its parent field. */
    private long occurrences(QueryVisitorFieldEnvironment field, Map<QueryVisitorFieldEnvironment, Long> known) {
        return field.getParentEnvironment() == null ? 1 : objects(field.getParentEnvironment(), known);
    }

    /**
     * How many objects a field can return in the whole answer: as many as its parent's for a single value; for a
     * list, its page size for each parent object, or what the parents with the longest such lists hold (ListSizes).
     */
    private long objects(QueryVisitorFieldEnvironment field, Map<QueryVisitorFieldEnvironment, Long> known) {
        Long counted = known.get(field);
        if (counted == null) {
            counted = count(field, known);
            known.put(field, counted);
        }
        return counted;
    }

    private long count(QueryVisitorFieldEnvironment field, Map<QueryVisitorFieldEnvironment, Long> known) {
        QueryVisitorFieldEnvironment parent = field.getParentEnvironment();
        long parents = parent == null ? 1 : objects(parent, known);
        if (!list(field)) {
            return parents;
        }
        Long page = page(field);
        if (page == null && parent != null && GraphQLTypeUtil.unwrapAll(parent.getFieldDefinition().getType()).getName().endsWith("Connection")) {
            page = Objects.requireNonNullElse(page(parent), (long) defaultPage);
        }
        Long items = page != null ? null : lookedUp(parent) instanceof String id ? listSizes.get().exactly(name(field), id) : null;
        if (page == null && items == null) {
            items = listSizes.get().items(name(field), parents, parent == null || distinct(parent));
        }
        return items != null ? items : times(parents, page == null ? defaultPage : page);
    }

    /**
     * Whether the objects a field returns across the answer are all different: true down from the root through
     * lists whose items belong to one parent (a story's facts, a fact's claims) and the node of each edge, false from
     * the first field that points back up or across (a claim's source, a fact's entities).
     */
    private static boolean distinct(QueryVisitorFieldEnvironment field) {
        for (QueryVisitorFieldEnvironment f = field; f != null; f = f.getParentEnvironment()) {
            boolean keeps = list(f) ? ListSizes.owned(name(f))
                    : f.getParentEnvironment() == null || f.getFieldsContainer().getName().endsWith("Edge")
                    || !(GraphQLTypeUtil.unwrapAll(f.getFieldDefinition().getType()) instanceof GraphQLObjectType type
                         && type.getInterfaces().stream().anyMatch(i -> i.getName().equals("Node")));
            if (!keeps) {
                return false;
            }
        }
        return true;
    }

    /** The id of the one object a top-level lookup such as story(id:) returns; null for any other field. */
    private static Object lookedUp(QueryVisitorFieldEnvironment field) {
        return field != null && field.getParentEnvironment() == null && !list(field) ? field.getArguments().get("id") : null;
    }

    private static boolean list(QueryVisitorFieldEnvironment field) {
        return GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getFieldDefinition().getType()));
    }

    private static String name(QueryVisitorFieldEnvironment field) {
        return field.getFieldsContainer().getName() + "." + field.getFieldDefinition().getName();
    }

    private static long times(long a, long b) {
        return b > 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    /**
     * The page size asked for, between 0 and the largest page: one outside is refused as bad input when the field runs
     * (which says more than a refusal for size), and a negative one must not take from the rest of the query. From a
     * variable it arrives as SmallRye read the JSON number (a BigDecimal), not an Integer.
     */
    private Long page(QueryVisitorFieldEnvironment field) {
        Object first = field.getArguments().get("first");
        Object asked = first != null ? first : field.getArguments().get("last");
        return asked instanceof Number n ? Long.valueOf(Math.max(0, Math.min(n.longValue(), maxPage))) : null;
    }

    record Size(int depth, int fields, long cost) {
        Size with(int fieldDepth, long occurrences) {
            long total = cost + occurrences;
            return new Size(Math.max(depth, fieldDepth), fields + 1, total < 0 ? Long.MAX_VALUE : total);
        }
    }
}
