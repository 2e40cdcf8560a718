package io.corroborate.api;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Measures every /graphql request, whoever answers it (the endpoint, a refusal before it, the execution):
 * corroborate_graphql_requests_seconds by outcome (OK or the extensions.code of the first error) and operation
 * (query, mutation, none when refused before execution), and corroborate_graphql_refusals_total by reason (the code)
 * for requests answered without data or refused for want of a connection or of time. A request whose client left before the answer is not counted. Quarkus' own http_server_requests_seconds has the HTTP statuses, which cannot
 * tell a GraphQL error from a success.
 */
@ApplicationScoped
public class RequestMetrics {

    static final String ARRIVED = "corroborate.arrived";
    /** The extensions.code a request was answered with; set by whoever answers it. */
    static final String CODE = "corroborate.code";
    static final String REFUSED = "corroborate.refused";
    static final String OPERATION = "corroborate.operation";

    /** Codes that say the server did not do the work (no connection, out of time), even when other fields were answered. */
    private static final java.util.Set<String> UNSERVED = java.util.Set.of("SERVICE_UNAVAILABLE", "TIMEOUT", "REQUEST_TIMEOUT");

    private static volatile CurrentVertxRequest requests;

    private final MeterRegistry registry;

    public RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** First of the /graphql routes, before authentication, so that every answer is counted. */
    void route(@Observes Router router) {
        router.route("/graphql").order(-300).handler(ctx -> {
            ctx.put(ARRIVED, System.nanoTime());
            // the response's end handler is taken by Quarkus (RoutingContext.addEndHandler never fires here)
            ctx.addBodyEndHandler(ended -> record(ctx));
            ctx.next();
        });
    }

    private void record(RoutingContext ctx) {
        int status = ctx.response().getStatusCode();
        String code = ctx.get(CODE);
        if (code == null) {
            code = status < 400 ? "OK" : "HTTP_" + status;
        }
        String operation = ctx.get(OPERATION);
        Timer.builder("corroborate.graphql.requests").description("Requests to /graphql by outcome")
                .tag("outcome", code).tag("operation", operation == null ? "none" : operation)
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(1))
                .register(registry).record(System.nanoTime() - (long) ctx.get(ARRIVED), java.util.concurrent.TimeUnit.NANOSECONDS);
        if (!"OK".equals(code) && (status >= 400 || Boolean.TRUE.equals(ctx.get(REFUSED)) || UNSERVED.contains(code))) {
            Counter.builder("corroborate.graphql.refusals").description("Requests to /graphql answered without data, by reason")
                    .tag("reason", code).register(registry).increment();
        }
    }

    /** When the current request arrived, or now when there is no request. */
    static long arrival() {
        RoutingContext ctx = current();
        Long arrived = ctx == null ? null : ctx.get(ARRIVED);
        return arrived == null ? System.nanoTime() : arrived;
    }

    /** Notes what a request was answered with, for {@link #record}. */
    static void answered(RoutingContext ctx, String code) {
        ctx.put(CODE, code);
    }

    private static RoutingContext current() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        if (requests == null) {
            requests = Arc.container().instance(CurrentVertxRequest.class).get();
        }
        return requests.getCurrent();
    }

    /** Last in the instrumentation chain: sees the operation and the errors with their final codes. */
    public static class Outcomes extends SimplePerformantInstrumentation {

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                             InstrumentationState state) {
            RoutingContext ctx = current();
            if (ctx != null) {
                ctx.put(OPERATION, parameters.getExecutionContext().getOperationDefinition().getOperation().name().toLowerCase(Locale.ROOT));
            }
            return SimpleInstrumentationContext.noOp();
        }

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result, InstrumentationExecutionParameters parameters,
                                                                            InstrumentationState state) {
            RoutingContext ctx = current();
            if (ctx != null) {
                ctx.put(CODE, result.getErrors().isEmpty() ? "OK" : code(result.getErrors().get(0)));
                ctx.put(REFUSED, !result.isDataPresent());
            }
            return CompletableFuture.completedFuture(result);
        }

        /** SmallRye adds the codes of domain errors ({@code @ErrorCode}) only when it writes the response. */
        private static String code(GraphQLError error) {
            Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
            if (code != null) {
                return code.toString();
            }
            if (error instanceof graphql.ExceptionWhileDataFetching fetching) {
                for (Throwable t = fetching.getException(); t != null; t = t.getCause() == t ? null : t.getCause()) {
                    io.smallrye.graphql.api.ErrorCode annotated = t.getClass().getAnnotation(io.smallrye.graphql.api.ErrorCode.class);
                    if (annotated != null) {
                        return annotated.value();
                    }
                }
            }
            return "INTERNAL_SERVER_ERROR";
        }
    }
}
