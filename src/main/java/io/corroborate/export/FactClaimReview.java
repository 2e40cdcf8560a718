package io.corroborate.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.fact.Fact;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** One fact's ClaimReview as a JSON-LD document (the same document as Fact.claimReview in GraphQL). */
@Path("/facts/{id}/claim-review.jsonld")
public class FactClaimReview {

    private final Downloads downloads;
    private final ClaimReviews reviews;
    private final ObjectMapper json;

    public FactClaimReview(Downloads downloads, ClaimReviews reviews, ObjectMapper json) {
        this.downloads = downloads;
        this.reviews = reviews;
        this.json = json;
    }

    @GET
    @Produces(StoryClaimReviews.JSON_LD)
    public Response review(@PathParam("id") String id, @Context HttpServerRequest request) throws JsonProcessingException {
        return downloads.serve(request, "fact", id, () -> Fact.byKey(id).filter(f -> f.mergedIntoId == null),
                fact -> Downloads.pretty(json).writeValueAsString(reviews.documents(List.of(fact)).get(0)),
                StoryClaimReviews.JSON_LD, id + "-claim-review.jsonld");
    }
}
