package io.corroborate.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.story.Story;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** The ClaimReviews of all a story's facts as one JSON-LD document, for fact-checking tools and search engines. */
@Path("/stories/{id}/claim-review.jsonld")
public class StoryClaimReviews {

    static final String JSON_LD = "application/ld+json";

    private final Downloads downloads;
    private final ClaimReviews reviews;
    private final ObjectMapper json;

    public StoryClaimReviews(Downloads downloads, ClaimReviews reviews, ObjectMapper json) {
        this.downloads = downloads;
        this.reviews = reviews;
        this.json = json;
    }

    @GET
    @Produces(JSON_LD)
    public Response reviews(@PathParam("id") String id, @Context HttpServerRequest request) throws JsonProcessingException {
        return downloads.serve(request, "story", id, () -> Story.byKey(id),
                story -> Downloads.pretty(json).writeValueAsString(reviews.story(story)), JSON_LD, id + "-claim-review.jsonld");
    }
}
