package io.corroborate.api;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.introspection.GoodFaithIntrospection;
import graphql.validation.ValidationError;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Gives every error a documented extensions.code: GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED,
 * BAD_USER_INPUT for variables of the wrong type, the domain codes of {@link DomainException}s, and
 * INTERNAL_SERVER_ERROR for anything unexpected, which is logged with its stack trace and a reference
 * the client sees. Expected refusals are not logged as errors.
 */
public class ErrorCodes extends SimplePerformantInstrumentation {

    private static final Logger LOG = Logger.getLogger(ErrorCodes.class);
    /** graphql-java writes an error's type as its "classification"; its own type for these is named DataFetchingException. */
    private static final ErrorClassification INTERNAL = ErrorClassification.errorClassification("InternalError");

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors().stream().map(ErrorCodes::coded).toList();
        return CompletableFuture.completedFuture(result.transform(r -> r.errors(errors)));
    }

    private static GraphQLError coded(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            if (fetching.getException() instanceof graphql.schema.CoercingParseLiteralException
                    || fetching.getException() instanceof graphql.schema.CoercingParseValueException) {
                return GraphqlErrorBuilder.newError().message("An argument cannot be read as its type: an Int is a whole number"
                                + " from -2147483648 to 2147483647.").locations(fetching.getLocations()).path(fetching.getPath())
                        .errorType(ErrorType.ValidationError).extensions(Map.of("code", "BAD_USER_INPUT")).build();
            }
            if (fetching.getException() instanceof AbandonedRequests.ClientGoneException) {
                return GraphqlErrorBuilder.newError().message("Not fetched: the client had gone.").path(fetching.getPath())
                        .extensions(Map.of("code", "CLIENT_GONE")).build();
            }
            GraphQLError unavailable = Unavailable.coded(fetching);
            if (unavailable != null) {
                return unavailable;
            }
            return fetching.getException() instanceof DomainException ? error : internal(fetching);
        }
        if (error.getExtensions() != null && error.getExtensions().containsKey("code")) {
            return error;
        }
        if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            return GraphqlErrorBuilder.newError().message("Introspection is limited to what GraphiQL and code generators ask: "
                            + error.getMessage()).locations(error.getLocations()).errorType(error.getErrorType())
                    .extensions(withCode(error, "QUERY_TOO_COMPLEX")).build();
        }
        if (error instanceof ValidationError validation) {
            return ValidationError.newValidationError()
                    .validationErrorType(validation.getValidationErrorType())
                    .sourceLocations(validation.getLocations())
                    .description(withoutInternals(validation.getDescription()))
                    .queryPath(validation.getQueryPath())
                    .extensions(withCode(validation, "GRAPHQL_VALIDATION_FAILED"))
                    .build();
        }
        return GraphqlErrorBuilder.newError().message(error.getMessage()).locations(error.getLocations())
                .path(error.getPath()).errorType(error.getErrorType())
                .extensions(withCode(error, code(error.getErrorType()))).build();
    }

    /**
     * SmallRye reports an input object it could not read (e.g. a date "2025-02-30") as a value of an "Unknown Scalar
     * Type" named by its Java class, with the whole input dumped: clients get a plain sentence instead.
     */
    static String withoutInternals(String description) {
        if (description == null) {
            return null;
        }
        String plain = AST_KIND.matcher(DUMPED_VALUE.matcher(description).replaceAll(" is not")).replaceAll(match ->
                "Expected " + astKind(match.group(1)) + " but it was " + astKind(match.group(2)));
        if (plain.contains("Unknown Scalar Type") || INTERNALS.matcher(plain).find()) {
            return "an input value could not be read: check its fields against the schema (dates as YYYY-MM-DD, numbers as numbers)";
        }
        return plain;
    }

    /** graphql-java quotes a wrong literal as its syntax tree, e.g. "with value 'StringValue{value='DATE'}' is not a valid". */
    private static final Pattern DUMPED_VALUE = Pattern.compile("(?s) with value '.*' is not(?= a valid)");
    private static final Pattern AST_KIND = Pattern.compile("Expected an AST type of '(\\w+)' but it was a '(\\w+)'");
    private static final Pattern INTERNALS = Pattern.compile("\\b(io\\.corroborate|java\\.|graphql\\.)|\\w+(Value|Field|Definition)\\{");

    private static String astKind(String node) {
        return switch (node) {
            case "EnumValue" -> "an enum value (written without quotes)";
            case "StringValue" -> "a string";
            case "IntValue" -> "a whole number";
            case "FloatValue" -> "a number";
            case "BooleanValue" -> "true or false";
            case "ObjectValue" -> "an input object";
            case "ArrayValue" -> "a list";
            case "NullValue" -> "null";
            default -> "another kind of value";
        };
    }

    private static String code(ErrorClassification type) {
        if (type == ErrorType.InvalidSyntax) {
            return "GRAPHQL_PARSE_FAILED";
        }
        if (type == ErrorType.ValidationError) {
            // graphql-java reports variables that do not fit their declared type this way
            return "BAD_USER_INPUT";
        }
        if (type == ErrorType.OperationNotSupported) {
            return "GRAPHQL_VALIDATION_FAILED";
        }
        return "INTERNAL_SERVER_ERROR";
    }

    private static GraphQLError internal(ExceptionWhileDataFetching fetching) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(fetching.getException(), "Unexpected error %s at %s", reference, fetching.getPath());
        return GraphqlErrorBuilder.newError()
                .message("Internal server error (reference " + reference + "); it has been logged.")
                .locations(fetching.getLocations()).path(fetching.getPath()).errorType(INTERNAL)
                .extensions(Map.of("code", "INTERNAL_SERVER_ERROR")).build();
    }

    private static Map<String, Object> withCode(GraphQLError error, String code) {
        Map<String, Object> extensions = new HashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.put("code", code);
        return extensions;
    }
}
