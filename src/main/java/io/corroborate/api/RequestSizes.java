package io.corroborate.api;

import io.corroborate.curation.ImportConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;

/**
 * Refuses a request body that is too large from its Content-Length alone, before a byte of it is read and before
 * authentication: 10 MB at /graphql and anywhere else (corroborate.graphql.max-body-size), the import's own limit
 * only at /import/claims, and there only with an Authorization header, so an anonymous client cannot make the
 * service read a large upload it will refuse. A body sent without a length (chunked) is cut off at the same limits
 * while it is read (/graphql's body handler, Quarkus' limit for the import).
 */
@ApplicationScoped
public class RequestSizes {

    static final String IMPORT = "/import/claims";

    private final long graphqlLimit;
    private final long importLimit;

    public RequestSizes(GraphQLConfig graphql, ImportConfig imports) {
        this.graphqlLimit = graphql.maxBodySize().asLongValue();
        this.importLimit = imports.maxBodySize().asLongValue();
    }

    void route(@Observes Router router) {
        router.route().order(-500).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        long length = length(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        boolean importing = IMPORT.equals(ctx.normalizedPath());
        if (importing && length > graphqlLimit && ctx.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            refuse(ctx, 401, "UNAUTHENTICATED", "Sign in (mutation login) and send the token as \"Authorization: Bearer …\" to import claims.");
        } else if (length > (importing ? importLimit : graphqlLimit)) {
            refuse(ctx, 413, "PAYLOAD_TOO_LARGE", "The request body is " + length + " bytes; at most "
                    + (importing ? importLimit : graphqlLimit) + " are accepted here.");
        } else {
            ctx.next();
        }
    }

    /** The declared length, or -1 when there is none (chunked) or it is not a number (Vert.x refuses those itself). */
    private static long length(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static void refuse(RoutingContext ctx, int status, String code, String message) {
        String body = Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("message", message).add("extensions", Json.createObjectBuilder().add("code", code)))).build().toString();
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8")
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }
}
