package io.corroborate.api;

import graphql.GraphQL;
import io.corroborate.ops.TimeoutConfig;
import io.quarkus.arc.Arc;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.spi.EventingService;
import org.eclipse.microprofile.config.ConfigProvider;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

/** Installs the API's own GraphQL-over-HTTP endpoint, its query limits and its error codes. */
@ApplicationScoped
public class GraphQLEngine {

    private final GraphQLConfig config;

    public GraphQLEngine(GraphQLConfig config) {
        this.config = config;
    }

    /**
     * Found by SmallRye through the ServiceLoader (META-INF/services), so the builder is reached without turning on
     * SmallRye's CDI events, which would fire two CDI events for every field of every response. SmallRye offers no
     * way to add an instrumentation, so the chain is rebuilt with its query cache.
     */
    public static final class Extension implements EventingService {

        @Override
        public String getConfigKey() {
            return null;
        }

        @Override
        public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
            SmallRyeConfig configs = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class);
            GraphQLConfig config = configs.getConfigMapping(GraphQLConfig.class);
            QueryLimits limits = new QueryLimits(config, configs.getConfigMapping(PagingConfig.class),
                    () -> Arc.container().instance(ListSizes.class).get());
            QueryCache cache = new QueryCache();
            return builder.preparsedDocumentProvider(cache).instrumentation(new ChainedInstrumentation(List.of(
                    new FragmentExpansion(), new SocketOperations(), limits, new TextArguments(), new HeavyQueries(config), new ArgumentKeyedBatches(),
                    new PlainFields(), new AbandonedRequests(), new RequestDeadline(configs.getConfigMapping(TimeoutConfig.class)),
                    new ErrorCodes(), new RequestMetrics.Outcomes(), cache)));
        }
    }

    /**
     * Runs after authentication and authorization (orders -200 and -100, so the caller's identity is known)
     * and before SmallRye's own route, which Vert.x numbers from 0 in registration order.
     */
    void route(@Observes Router router) {
        GraphQLEndpoint endpoint = new GraphQLEndpoint();
        router.route("/graphql").order(-1)
                .handler(BodyHandler.create().setBodyLimit(config.maxBodySize().asLongValue()))
                .handler(ctx -> {
                    if (ctx.request().getHeader(HttpHeaders.UPGRADE) != null) {
                        ctx.next();
                    } else {
                        // A context of its own: Quarkus ends the request's CDI context (closing its database session)
                        // when the connection closes, which would pull it from under a worker still reading.
                        VertxContext.createNewDuplicatedContext(ctx.vertx().getOrCreateContext()).executeBlocking(() -> {
                            endpoint.handle(ctx);
                            return null;
                        }, false).onFailure(ctx::fail);
                    }
                })
                .failureHandler(GraphQLEndpoint::refuseEarly);
    }
}
