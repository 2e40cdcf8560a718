package io.corroborate.api;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.GraphQLError;
import graphql.language.OperationDefinition;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * POST and GET on /graphql, as the GraphQL-over-HTTP specification asks: the media type follows the
 * client's Accept header; a request that is not well-formed is refused with a 4xx status and an
 * extensions.code; with application/graphql-response+json, a document that cannot be parsed or
 * validated answers 400; GET runs queries only (a mutation over GET is refused with 405). Execution
 * itself is SmallRye GraphQL's, with the caller's identity as Quarkus establishes it. The whole request runs on
 * one worker thread (parsing, data fetching, serialising), never on an event loop, and data fetchers run on it
 * directly rather than each being handed to another worker.
 */
public class GraphQLEndpoint implements Handler<RoutingContext> {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String JSON = "application/json";

    private final CurrentIdentityAssociation identities;
    private final CurrentVertxRequest requests;
    private final ManagedContext requestContext;
    private volatile ExecutionService executions;
    private volatile RateLimits rates;

    public GraphQLEndpoint() {
        var identity = Arc.container().instance(CurrentIdentityAssociation.class);
        this.identities = identity.isAvailable() ? identity.get() : null;
        this.requests = Arc.container().instance(CurrentVertxRequest.class).get();
        this.requestContext = Arc.container().requestContext();
    }

    /**
     * Runs on a worker thread, which owns the request's CDI context from start to end: the context (and the
     * database connection of its transaction) is destroyed here after the response is written, never from an
     * event loop while the worker is still reading, even when the client has gone.
     */
    @Override
    public void handle(RoutingContext ctx) {
        requestContext.activate();
        InjectableContext.ContextState state = requestContext.getState();
        try {
            if (identities != null) {
                if (ctx.user() instanceof QuarkusHttpUser user) {
                    identities.setIdentity(user.getSecurityIdentity());
                } else {
                    identities.setIdentity(QuarkusHttpUser.getSecurityIdentity(ctx, null));
                }
            }
            requests.setCurrent(ctx);
            if (admitted(ctx)) {
                doHandle(ctx);
            }
        } finally {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            requestContext.destroy(state);
            requestContext.deactivate();
        }
    }

    /**
     * Answers in the GraphQL error shape what fails before the endpoint runs: a token that cannot be verified (forged,
     * expired, garbled), even on a public read, since the client believes it is signed in and Quarkus' own answer is a
     * bare 401 with an empty body; and a body without a declared length that grew past the limit while read.
     */
    static void refuseEarly(RoutingContext ctx) {
        if (ctx.response().ended()) {
            return;
        }
        String mediaType = Objects.requireNonNullElse(mediaType(ctx), JSON);
        if (ctx.failure() instanceof AuthenticationFailedException) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            refuse(ctx, mediaType, 401, "UNAUTHENTICATED",
                    "The bearer token is not valid (expired, or not signed by this service). Sign in again with the "
                            + "login mutation, or send no Authorization header to read anonymously.");
        } else if (ctx.statusCode() == 413) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            refuse(ctx, mediaType, 413, "PAYLOAD_TOO_LARGE", "The request body is larger than this endpoint accepts.");
        } else {
            ctx.next();
        }
    }

    /** Whether the client is within its rate; if not, it is answered 429 with Retry-After and nothing runs. */
    private boolean admitted(RoutingContext ctx) {
        String user = ctx.user() instanceof QuarkusHttpUser signedIn && !signedIn.getSecurityIdentity().isAnonymous()
                ? signedIn.getSecurityIdentity().getPrincipal().getName() : null;
        var wait = rates().request(RateLimits.address(ctx.request()), user);
        if (wait.isEmpty()) {
            return true;
        }
        RateLimitedException refusal = new RateLimitedException("requests", wait.get());
        ctx.response().putHeader("Retry-After", String.valueOf(refusal.retryAfterSeconds()));
        respond(ctx, Objects.requireNonNullElse(mediaType(ctx), JSON), 429, Json.createObjectBuilder().add("message", refusal.getMessage())
                .add("extensions", Json.createObjectBuilder().add("code", "RATE_LIMITED")
                        .add("details", Json.createObjectBuilder().add("retryAfterSeconds", refusal.retryAfterSeconds()))).build());
        return false;
    }

    private RateLimits rates() {
        if (rates == null) {
            rates = Arc.container().instance(RateLimits.class).get();
        }
        return rates;
    }

    private void doHandle(RoutingContext ctx) {
        String mediaType = mediaType(ctx);
        if (mediaType == null) {
            refuse(ctx, JSON, 406, "NOT_ACCEPTABLE", "Accept " + JSON + " or " + GRAPHQL_RESPONSE + ".");
            return;
        }
        HttpMethod method = ctx.request().method();
        if (method == HttpMethod.OPTIONS) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "GET, POST, OPTIONS").setStatusCode(204).end();
        } else if (method == HttpMethod.POST) {
            post(ctx, mediaType);
        } else if (method == HttpMethod.GET) {
            get(ctx, mediaType);
        } else {
            ctx.response().putHeader(HttpHeaders.ALLOW, "GET, POST, OPTIONS");
            refuse(ctx, mediaType, 405, "METHOD_NOT_ALLOWED", "Use POST (or GET for queries).");
        }
    }

    private void post(RoutingContext ctx, String mediaType) {
        String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(JSON)) {
            refuse(ctx, mediaType, 415, "UNSUPPORTED_MEDIA_TYPE",
                    "Send the request as Content-Type: " + JSON + " (a JSON object with query, variables, operationName).");
            return;
        }
        String charset = charset(contentType);
        if (charset != null && !charset.equals("utf-8")) {
            refuse(ctx, mediaType, 415, "UNSUPPORTED_MEDIA_TYPE", "Send the request body in UTF-8, not " + charset + ".");
            return;
        }
        String text = ctx.body() == null ? null : ctx.body().asString();
        if (text == null || text.isBlank()) {
            refuse(ctx, mediaType, 400, "BAD_REQUEST", "The request has no body: send a JSON object with a \"query\".");
            return;
        }
        JsonValue body;
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonLimits.requireDepth(text);
            body = reader.readValue();
        } catch (RuntimeException e) {
            refuse(ctx, mediaType, 400, "BAD_REQUEST", "The request body " + JsonLimits.problem(e));
            return;
        }
        if (body.getValueType() != JsonValue.ValueType.OBJECT) {
            refuse(ctx, mediaType, 400, "BAD_REQUEST", "The request body must be a JSON object with a \"query\".");
            return;
        }
        execute(ctx, mediaType, body.asJsonObject(), false);
    }

    private void get(RoutingContext ctx, String mediaType) {
        JsonObjectBuilder request = Json.createObjectBuilder();
        String query = ctx.queryParams().get("query");
        if (query == null) {
            refuse(ctx, mediaType, 400, "BAD_REQUEST", "Pass the GraphQL document in the query parameter \"query\".");
            return;
        }
        request.add("query", query);
        String operationName = ctx.queryParams().get("operationName");
        if (operationName != null && !operationName.isEmpty()) {
            request.add("operationName", operationName);
        }
        for (String name : List.of("variables", "extensions")) {
            String value = ctx.queryParams().get(name);
            if (value == null || value.isEmpty()) {
                continue;
            }
            try (var reader = Json.createReader(new StringReader(value))) {
                JsonLimits.requireDepth(value);
                request.add(name, reader.readValue());
            } catch (RuntimeException e) {
                refuse(ctx, mediaType, 400, "BAD_REQUEST", "The parameter \"" + name + "\" " + JsonLimits.problem(e));
                return;
            }
        }
        execute(ctx, mediaType, request.build(), true);
    }

    /** What makes a request object ill-formed, or null when it is well-formed. */
    private static String problem(JsonObject request) {
        JsonValue query = request.get("query");
        if (query == null || query.getValueType() != JsonValue.ValueType.STRING) {
            return "\"query\" must be a string holding the GraphQL document.";
        }
        for (Map.Entry<String, JsonValue.ValueType> field : Map.of("operationName", JsonValue.ValueType.STRING,
                "variables", JsonValue.ValueType.OBJECT, "extensions", JsonValue.ValueType.OBJECT).entrySet()) {
            JsonValue value = request.get(field.getKey());
            if (value != null && value.getValueType() != JsonValue.ValueType.NULL && value.getValueType() != field.getValue()) {
                return "\"" + field.getKey() + "\" must be " + (field.getValue() == JsonValue.ValueType.STRING ? "a string" : "a JSON object")
                        + " or null.";
            }
        }
        return null;
    }

    private void execute(RoutingContext ctx, String mediaType, JsonObject request, boolean readOnly) {
        String problem = problem(request);
        if (problem != null) {
            refuse(ctx, mediaType, 400, "BAD_REQUEST", problem);
            return;
        }
        String operationName = request.get("operationName") instanceof jakarta.json.JsonString name ? name.getString() : null;
        ParseAndValidateResult parsed = ParseAndValidate.parse(ExecutionInput.newExecutionInput(request.getString("query")).build());
        if (parsed.isFailure()) {
            GraphQLError error = parsed.getSyntaxException().toInvalidSyntaxError();
            JsonObjectBuilder json = Json.createObjectBuilder().add("message", error.getMessage())
                    .add("extensions", Json.createObjectBuilder().add("code", "GRAPHQL_PARSE_FAILED"));
            if (error.getLocations() != null && !error.getLocations().isEmpty()) {
                var location = error.getLocations().get(0);
                json.add("locations", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("line", location.getLine()).add("column", location.getColumn())));
            }
            respond(ctx, mediaType, mediaType.equals(GRAPHQL_RESPONSE) ? 400 : 200, json.build());
            return;
        }
        if (readOnly && changes(parsed.getDocument().getDefinitionsOfType(OperationDefinition.class), operationName)) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
            refuse(ctx, mediaType, 405, "METHOD_NOT_ALLOWED", "Mutations and subscriptions are not run over GET: use POST.");
            return;
        }
        executions().executeSync(request, metaData(ctx), new Writer(ctx, mediaType));
    }

    private ExecutionService executions() {
        if (executions == null) {
            executions = Arc.container().instance(ExecutionService.class).get();
        }
        return executions;
    }

    /** What SmallRye's data fetchers read from the execution: run in this thread, in this request context. */
    private Map<String, Object> metaData(RoutingContext ctx) {
        Map<String, List<String>> headers = new HashMap<>();
        ctx.request().headers().names().forEach(name -> headers.put(name, ctx.request().headers().getAll(name)));
        Map<String, Object> metaData = new HashMap<>();
        metaData.put("runBlocking", true);
        metaData.put("httpHeaders", headers);
        metaData.put("state", requestContext.getState());
        metaData.put(AbandonedRequests.CLIENT_GONE, (java.util.function.BooleanSupplier) () -> ctx.response().closed());
        return metaData;
    }

    /** Whether the operation that would run is not a query. */
    private static boolean changes(List<OperationDefinition> operations, String operationName) {
        return operations.stream()
                .filter(o -> operationName == null ? operations.size() == 1 : operationName.equals(o.getName()))
                .anyMatch(o -> o.getOperation() != OperationDefinition.Operation.QUERY);
    }

    /** The response media type the client accepts, or null when it accepts neither. */
    private static String mediaType(RoutingContext ctx) {
        List<MIMEHeader> accepted = ctx.parsedHeaders().accept();
        if (accepted.isEmpty()) {
            return JSON;
        }
        for (MIMEHeader accept : accepted) {
            String type = accept.value();
            switch (type.toLowerCase(Locale.ROOT)) {
                case GRAPHQL_RESPONSE, "application/graphql+json" -> {
                    return GRAPHQL_RESPONSE;
                }
                case JSON, "application/*", "*/*" -> {
                    return JSON;
                }
                default -> {
                }
            }
        }
        return null;
    }

    private static String charset(String contentType) {
        for (String parameter : contentType.toLowerCase(Locale.ROOT).split(";")) {
            String p = parameter.strip();
            if (p.startsWith("charset=")) {
                return p.substring("charset=".length()).replace("\"", "");
            }
        }
        return null;
    }

    private static void refuse(RoutingContext ctx, String mediaType, int status, String code, String message) {
        respond(ctx, mediaType, status, Json.createObjectBuilder().add("message", message)
                .add("extensions", Json.createObjectBuilder().add("code", code)).build());
    }

    private static void respond(RoutingContext ctx, String mediaType, int status, JsonObject error) {
        RequestMetrics.answered(ctx, error.getJsonObject("extensions").getString("code"));
        String body = Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(error)).build().toString();
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8").end(body);
    }

    /** Writes an execution's result; a request error (no data: invalid document, limit) is a 400 under graphql-response+json. */
    private record Writer(RoutingContext ctx, String mediaType) implements ExecutionResponseWriter {

        @Override
        public void write(ExecutionResponse response) {
            boolean requestError = !response.getExecutionResult().isDataPresent();
            if (ctx.response().ended() || ctx.response().closed()) {
                return;
            }
            boolean busy = response.getExecutionResult().getErrors().stream().anyMatch(e -> e instanceof HeavyQueries.Busy);
            if (ctx.get(RateLimits.RETRY_AFTER) instanceof Long seconds) {
                ctx.response().putHeader("Retry-After", String.valueOf(seconds));
            } else if (busy) {
                ctx.response().putHeader("Retry-After", String.valueOf(HeavyQueries.Busy.RETRY_AFTER_SECONDS));
            }
            ctx.response().setStatusCode(ctx.get(RateLimits.RETRY_AFTER) != null ? 429 : busy ? 503
                            : requestError && mediaType.equals(GRAPHQL_RESPONSE) ? 400 : 200)
                    .putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8")
                    .end(Buffer.buffer(response.getExecutionResultAsString(), "UTF-8"));
        }

        @Override
        public void fail(Throwable failure) {
            ctx.fail(failure);
        }
    }
}
