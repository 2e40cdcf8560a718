package io.corroborate.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.fact.Fact;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.io.UncheckedIOException;
import java.util.List;

@GraphQLApi
public class ClaimReviewApi {

    private final ClaimReviews reviews;
    private final ObjectMapper json;

    public ClaimReviewApi(ClaimReviews reviews, ObjectMapper json) {
        this.reviews = reviews;
        this.json = json;
    }

    @Description("The fact as a schema.org ClaimReview: a JSON-LD document, as a string to parse or save as a .jsonld file"
            + " (the same document as GET /facts/{id}/claim-review.jsonld). The rating's alternateName gives the verdict in"
            + " words; each source's claim says which article it was quoted from (PROV-O), who curated it, and where its"
            + " excerpt stands in the article as a W3C Web Annotation. A whole story's ClaimReviews are a download only:"
            + " GET /stories/{id}/claim-review.jsonld.")
    public @NonNull List<@NonNull String> claimReview(@Source List<Fact> facts) {
        return reviews.documents(facts).stream().map(this::text).toList();
    }

    private String text(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
