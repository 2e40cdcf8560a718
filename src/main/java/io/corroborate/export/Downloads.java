package io.corroborate.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.corroborate.api.RateLimitedException;
import io.corroborate.api.RateLimits;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Optional;
import java.util.function.Supplier;

/** What every download shares: the per-address request rate, the plain-text 404, and the attachment headers. */
@ApplicationScoped
public class Downloads {

    private final RateLimits rates;
    private final SecurityIdentity identity;

    public Downloads(RateLimits rates, SecurityIdentity identity) {
        this.rates = rates;
        this.identity = identity;
    }

    /** Builds a download's body from what was found. */
    @FunctionalInterface
    interface Body<T> {
        Object of(T found) throws JsonProcessingException;
    }

    /**
     * Serves one download: a 429 while the caller is over its request rate (before anything is looked up), a
     * plain-text 404 when the lookup finds nothing, else the body as an attachment named {@code filename}.
     */
    <T> Response serve(HttpServerRequest request, String what, String id, Supplier<Optional<T>> lookup, Body<T> body,
                       String mediaType, String filename) throws JsonProcessingException {
        Optional<Response> refused = refusal(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<T> found = lookup.get();
        if (found.isEmpty()) {
            return notFound(what, id);
        }
        return attachment(body.of(found.get()), mediaType, filename);
    }

    /** A 429 answer while the caller's address (or user) is over its request rate; empty when the download may go ahead. */
    private Optional<Response> refusal(HttpServerRequest request) {
        var wait = rates.request(RateLimits.address(request), identity.isAnonymous() ? null : identity.getPrincipal().getName());
        return wait.map(w -> {
            RateLimitedException refusal = new RateLimitedException("requests", w);
            return Response.status(429).header("Retry-After", refusal.retryAfterSeconds()).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity(refusal.getMessage() + "\n").build();
        });
    }

    /**
     * JSON laid out as the curated corpus files are: two spaces of indentation, every array item on a line of its
     * own, "key": value; the same document always gives the same bytes.
     */
    static ObjectWriter pretty(ObjectMapper json) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("").withArrayEmptySeparator(""));
        printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        return json.writer(printer);
    }

    private static Response notFound(String what, String id) {
        return Response.status(404).type(MediaType.TEXT_PLAIN_TYPE).entity("No " + what + " has the id \"" + id + "\".\n").build();
    }

    private static Response attachment(Object body, String mediaType, String filename) {
        return Response.ok(body, mediaType).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
