package io.corroborate.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.GraphQL;
import io.corroborate.compare.ConflictReview;
import io.corroborate.compare.ReviewStatus;
import io.corroborate.fact.Fact;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.corroborate.export.LinkedData.OA;
import static io.corroborate.export.LinkedData.PROV;
import static io.corroborate.export.LinkedData.SCHEMA;
import static io.corroborate.export.LinkedData.TYPE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Facts as ClaimReviews, read the way consumers read them: expanded to RDF by a JSON-LD processor, then checked
 * triple by triple against what the GraphQL API says of the same facts.
 */
@QuarkusTest
class ClaimReviewsTest {

    @Inject
    ClaimReviews reviews;

    @Inject
    ObjectMapper json;

    private static final String STORY = "russia-recognizes-taliban-2025";
    private static final String CONFLICT = "muttaqi-on-recognition";
    private static final String FACT = """
            query ($id: ID!) { fact(id: $id) { id kind question comparison { verdict } claimReview
              claims { id valueAsWritten curatedBy curatedAt source { id url } excerpt { exact start end } } } }""";

    private static Map<String, Object> fact(String id) {
        return GraphQL.data(FACT, Map.of("id", id)).getMap("fact");
    }

    private static String download(String path) {
        Response response = given().get(path);
        response.then().statusCode(200).contentType(containsString("application/ld+json"))
                .header("Content-Disposition", containsString("claim-review.jsonld"));
        return response.asString();
    }

    @Test
    void aConflictingQuoteIsRatedAsContradictedWithEachExcerptAnnotatedAndAttributed() throws Exception {
        Map<String, Object> fact = fact(CONFLICT);
        assertEquals("CONFLICT", ((Map<?, ?>) fact.get("comparison")).get("verdict"));
        LinkedData graph = LinkedData.read(download("/facts/" + CONFLICT + "/claim-review.jsonld"));
        String review = review(graph);
        assertEquals("Sources contradict each other", graph.object(graph.object(review, SCHEMA + "reviewRating"), SCHEMA + "alternateName"));
        assertEquals(fact.get("question"), graph.object(review, SCHEMA + "claimReviewed"));
        String item = graph.object(review, SCHEMA + "itemReviewed");
        assertTrue(graph.has(item, TYPE, SCHEMA + "Claim"));
        List<Map<String, Object>> claims = claims(fact);
        assertTrue(claims.size() >= 2);
        for (Map<String, Object> claim : claims) {
            String article = article(claim);
            assertTrue(graph.has(item, SCHEMA + "appearance", article), article);
            String part = part(graph, item, claim);
            assertTrue(graph.has(part, PROV + "wasQuotedFrom", article));
            String speaker = graph.object(part, PROV + "wasAttributedTo");
            assertTrue(graph.has(speaker, TYPE, PROV + "Agent"), "the quote is attributed to the speaker the source names");
            assertFalse(graph.objects(speaker, SCHEMA + "name").isEmpty());
            curation(graph, part, claim);
            annotation(graph, part, article, (Map<?, ?>) claim.get("excerpt"));
        }
    }

    @Test
    void aFactAllSourcesAgreeOnIsRatedCorroboratedInTheGraphQLField() throws Exception {
        List<Map<String, Object>> facts = GraphQL.data("""
                { story(id: "%s") { facts { id comparison { verdict } } } }""".formatted(STORY)).getList("story.facts");
        String agreed = (String) facts.stream().filter(f -> "AGREE".equals(((Map<?, ?>) f.get("comparison")).get("verdict")))
                .findFirst().orElseThrow().get("id");
        Map<String, Object> fact = fact(agreed);
        LinkedData graph = LinkedData.read((String) fact.get("claimReview"));
        String review = review(graph);
        assertEquals("Corroborated by all sources", graph.object(graph.object(review, SCHEMA + "reviewRating"), SCHEMA + "alternateName"));
        String item = graph.object(review, SCHEMA + "itemReviewed");
        for (Map<String, Object> claim : claims(fact)) {
            String article = article(claim);
            String part = part(graph, item, claim);
            assertTrue(graph.has(part, PROV + "wasQuotedFrom", article));
            curation(graph, part, claim);
            annotation(graph, part, article, (Map<?, ?>) claim.get("excerpt"));
        }
        assertEquals(JsonPath.from((String) fact.get("claimReview")).getMap(""),
                JsonPath.from(download("/facts/" + agreed + "/claim-review.jsonld")).getMap(""), "the field and the download agree");
    }

    @Test
    void theStoryDownloadHoldsOneClaimReviewPerFact() throws Exception {
        int facts = GraphQL.data("{ story(id: \"%s\") { facts { id } } }".formatted(STORY)).getList("story.facts").size();
        LinkedData graph = LinkedData.read(download("/stories/" + STORY + "/claim-review.jsonld"));
        Set<String> reviews = graph.subjects(TYPE, SCHEMA + "ClaimReview");
        assertEquals(facts, reviews.size());
        reviews.forEach(r -> assertFalse(graph.objects(graph.object(r, SCHEMA + "reviewRating"), SCHEMA + "alternateName").isEmpty(), r));
    }

    @Test
    void aCuratorsStandingDecisionOnTheConflictIsPartOfTheRating() throws Exception {
        QuarkusTransaction.begin();
        try {
            Fact fact = Fact.byKey(CONFLICT).orElseThrow();
            ConflictReview decision = ConflictReview.<ConflictReview>findByIdOptional(fact.id).orElseGet(ConflictReview::new);
            decision.factId = fact.id;
            decision.status = ReviewStatus.CONFIRMED;
            decision.reason = "The sources quote different words";
            decision.reviewedBy = "editor";
            decision.reviewedAt = Instant.parse("2026-11-24T10:00:00Z");
            decision.outdated = false;
            decision.persistAndFlush();
            LinkedData graph = LinkedData.read(json.writeValueAsString(reviews.documents(List.of(fact)).get(0)));
            String rating = graph.object(review(graph), SCHEMA + "reviewRating");
            assertEquals("Sources contradict each other", graph.object(rating, SCHEMA + "alternateName"));
            assertEquals("Conflict confirmed by editor on 2026-11-24T10:00:00Z: The sources quote different words",
                    graph.object(rating, SCHEMA + "ratingExplanation"));
            assertEquals("2026-11-24T10:00:00Z", graph.object(review(graph), SCHEMA + "dateModified"));
            decision.outdated = true;
            decision.flush();
            LinkedData outdated = LinkedData.read(json.writeValueAsString(reviews.documents(List.of(fact)).get(0)));
            assertTrue(outdated.objects(outdated.object(review(outdated), SCHEMA + "reviewRating"), SCHEMA + "ratingExplanation").isEmpty(),
                    "a decision the claims changed since no longer stands");
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    @Test
    void unknownIdsAreNotFound() {
        given().get("/facts/no-such-fact/claim-review.jsonld").then().statusCode(404).body(containsString("no-such-fact"));
        given().get("/stories/no-such-story/claim-review.jsonld").then().statusCode(404).body(containsString("no-such-story"));
    }

    private static String review(LinkedData graph) {
        Set<String> reviews = graph.subjects(TYPE, SCHEMA + "ClaimReview");
        assertEquals(1, reviews.size());
        return reviews.iterator().next();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> claims(Map<String, Object> fact) {
        return (List<Map<String, Object>>) fact.get("claims");
    }

    /** The part of the reviewed claim that is this source's claim, found by its words. */
    private static String part(LinkedData graph, String item, Map<String, Object> claim) {
        Set<String> parts = graph.objects(item, SCHEMA + "hasPart");
        List<String> matching = parts.stream().filter(p -> graph.has(p, SCHEMA + "text", (String) claim.get("valueAsWritten"))
                && graph.has(p, SCHEMA + "appearance", article(claim))).toList();
        assertEquals(1, matching.size(), claim.get("id") + " in " + parts);
        return matching.get(0);
    }

    /** The article's IRI: its URL, or for an article without one an IRI under the instance's base address. */
    private static String article(Map<String, Object> claim) {
        Map<?, ?> source = (Map<?, ?>) claim.get("source");
        String base = ConfigProvider.getConfig().getOptionalValue("corroborate.export.base-url", String.class).orElse("http://localhost:8080");
        return source.get("url") != null ? (String) source.get("url") : base + "/sources/" + source.get("id");
    }

    private static void curation(LinkedData graph, String part, Map<String, Object> claim) {
        String activity = graph.object(part, PROV + "wasGeneratedBy");
        assertTrue(graph.has(activity, TYPE, PROV + "Activity"));
        assertEquals(claim.get("curatedAt"), graph.object(activity, PROV + "endedAtTime"));
        String curator = graph.object(activity, PROV + "wasAssociatedWith");
        assertEquals(claim.get("curatedBy"), graph.object(curator, SCHEMA + "name"));
    }

    /** The excerpt as a Web Annotation: the claim its body, the passage of the article its target, by quote and by position. */
    private static void annotation(LinkedData graph, String part, String article, Map<?, ?> excerpt) {
        Set<String> annotations = graph.subjects(OA + "hasBody", part);
        assertEquals(1, annotations.size());
        String annotation = annotations.iterator().next();
        assertTrue(graph.has(annotation, TYPE, OA + "Annotation"));
        String target = graph.object(annotation, OA + "hasTarget");
        assertTrue(graph.has(target, TYPE, OA + "SpecificResource"));
        assertEquals(article, graph.object(target, OA + "hasSource"));
        Set<String> selectors = graph.objects(target, OA + "hasSelector");
        String quote = selectors.stream().filter(s -> graph.has(s, TYPE, OA + "TextQuoteSelector")).findFirst().orElseThrow();
        assertEquals(excerpt.get("exact"), graph.object(quote, OA + "exact"));
        String position = selectors.stream().filter(s -> graph.has(s, TYPE, OA + "TextPositionSelector")).findFirst().orElseThrow();
        assertEquals(String.valueOf(excerpt.get("start")), graph.object(position, OA + "start"));
        assertEquals(String.valueOf(excerpt.get("end")), graph.object(position, OA + "end"));
    }
}
