package io.corroborate.api;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Our GraphiQL page at /graphiql/: SmallRye's own page offers no default query or tabs, so this one replaces
 * its index.html and opens on the examples in graphiql/examples.json. GraphiQL's scripts and styles stay
 * SmallRye's (quarkus.smallrye-graphql.ui), served next to the page, and SmallRye still redirects /graphiql
 * to /graphiql/ and that to /graphiql/index.html.
 */
@ApplicationScoped
public class GraphiQLPage {

    void route(@Observes Router router) {
        serve(router, "/graphiql/index.html", "graphiql/index.html", "text/html; charset=utf-8");
        serve(router, "/graphiql/examples.json", "graphiql/examples.json", "application/json");
    }

    /** Before SmallRye's UI route, which Vert.x numbers from 0 in registration order. */
    private static void serve(Router router, String path, String resource, String contentType) {
        byte[] content = read(resource);
        router.get(path).order(-1).handler(ctx -> ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, contentType)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .end(Buffer.buffer(content)));
    }

    private static byte[] read(String resource) {
        try (InputStream in = GraphiQLPage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
