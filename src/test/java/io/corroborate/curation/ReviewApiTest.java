package io.corroborate.curation;

import io.corroborate.compare.Comparisons;
import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worklist's review workflow end to end: confirm, dismiss, change, reopen on change, refusals. */
@QuarkusTest
class ReviewApiTest {

    private static final String REVIEW = """
            mutation($f: ID!, $d: ReviewStatus!, $r: String!, $v: Int) {
              reviewConflict(fact: $f, decision: $d, reason: $r, version: $v) { status decision reason by version } }""";

    private final String n = String.valueOf(System.nanoTime() % 1_000_000_000L);
    private final String fact = "review-toll-" + n;

    private void importLines(String token, String... lines) {
        given().contentType("application/x-ndjson").header("Authorization", "Bearer " + token)
                .body((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)).post("/import/claims").then().statusCode(200);
        Comparisons.settle();
    }

    private List<String> worklist(String review) {
        return GraphQL.data("{ discrepancies(story: \"review-" + n + "\"" + review + ") { edges { node { id } } } }")
                .getList("discrepancies.edges.node.id");
    }

    private JsonPath state() {
        return GraphQL.data("{ fact(id: \"" + fact + "\") { comparison { verdict } review { status decision reason by outdated version } } }");
    }

    @Test
    void aConflictIsDismissedChangedByAnEditorReopenedByANewClaimAndReopenedByAnEditor() {
        String curator = GraphQL.login("curator", "curator");
        String editor = GraphQL.login("editor", "editor");
        GraphQL.data("mutation($i: NewStory!) { addStory(input: $i) { id } }", Map.of("i", Map.of("id", "review-" + n, "title", "Review")), curator);
        importLines(curator,
                "{\"fact\": \"" + fact + "\", \"story\": \"review-" + n + "\", \"kind\": \"QUANTITY\", \"question\": \"Toll\","
                        + " \"source\": \"review-a-" + n + "\", \"sourceHeadline\": \"A\", \"value\": \"12 people\"}",
                "{\"fact\": \"" + fact + "\", \"source\": \"review-b-" + n + "\", \"sourceHeadline\": \"B\", \"value\": \"40 people\"}");
        assertEquals("OPEN", state().getString("fact.review.status"));
        assertEquals(List.of(fact), worklist(""));

        GraphQL.post(REVIEW, Map.of("f", fact, "d", "DISMISSED", "r", "typo")).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        assertEquals("OPEN", state().getString("fact.review.status"), "a refused write changes nothing");

        JsonPath dismissed = GraphQL.data(REVIEW, Map.of("f", fact, "d", "DISMISSED", "r", "B counts only the injured"), curator);
        assertEquals("DISMISSED", dismissed.getString("reviewConflict.status"));
        assertEquals("CONFLICT", state().getString("fact.comparison.verdict"), "a dismissed conflict stays on the fact");
        assertEquals(List.of(), worklist(""), "off the default worklist");
        assertEquals(List.of(fact), worklist(", review: [DISMISSED]"));

        GraphQL.post(REVIEW, Map.of("f", fact, "d", "CONFIRMED", "r", "no", "v", 0), curator)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        JsonPath confirmed = GraphQL.data(REVIEW, Map.of("f", fact, "d", "CONFIRMED", "r", "A and B count the dead", "v", 0), editor);
        assertEquals(1, confirmed.getInt("reviewConflict.version"));
        GraphQL.post(REVIEW, Map.of("f", fact, "d", "DISMISSED", "r", "stale", "v", 0), editor)
                .body("errors[0].extensions.code", equalTo("VERSION_CONFLICT"))
                .body("errors[0].extensions.details.currentVersion", equalTo(1));
        assertEquals(List.of(fact), worklist(", review: [CONFIRMED]"));

        importLines(curator, "{\"fact\": \"" + fact + "\", \"source\": \"review-c-" + n + "\", \"sourceHeadline\": \"C\", \"value\": \"40 people\"}");
        JsonPath reopened = state();
        assertEquals("OPEN", reopened.getString("fact.review.status"), "the claims changed");
        assertEquals("CONFIRMED", reopened.getString("fact.review.decision"));
        assertTrue(reopened.getBoolean("fact.review.outdated"));
        assertEquals(List.of(fact), worklist(", review: [OPEN]"));

        GraphQL.post(REVIEW, Map.of("f", fact, "d", "CONFIRMED", "r", "still two counts"), curator)
                .body("errors[0].extensions.code", equalTo("VERSION_CONFLICT"));
        assertEquals(2, GraphQL.data(REVIEW, Map.of("f", fact, "d", "CONFIRMED", "r", "still two counts", "v", 1), curator)
                .getInt("reviewConflict.version"));
        String reopen = "mutation($f: ID!) { reopenConflict(fact: $f, reason: \"look again\") { status decision outdated version } }";
        GraphQL.post(reopen, Map.of("f", fact), curator).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        JsonPath reopenedByEditor = GraphQL.data(reopen, Map.of("f", fact), editor);
        assertEquals("OPEN", reopenedByEditor.getString("reopenConflict.status"));
        assertEquals("CONFIRMED", reopenedByEditor.getString("reopenConflict.decision"), "the decision stays on record");
        assertTrue(reopenedByEditor.getBoolean("reopenConflict.outdated"));
        assertEquals(3, reopenedByEditor.getInt("reopenConflict.version"));
        GraphQL.post(reopen, Map.of("f", fact), editor).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        assertEquals(List.of(fact), worklist(", review: [OPEN]"));

        GraphQL.post(REVIEW, Map.of("f", fact, "d", "DISMISSED", "r", "based on the review before the reopen", "v", 2), editor)
                .body("errors[0].extensions.code", equalTo("VERSION_CONFLICT"));
        assertEquals("CONFIRMED", state().getString("fact.review.decision"), "a stale decision overwrites nothing");
        assertEquals("DISMISSED", GraphQL.data(REVIEW, Map.of("f", fact, "d", "DISMISSED", "r", "seen again", "v", 3), curator)
                .getString("reviewConflict.status"));

        List<String> actions = GraphQL.data("{ fact(id: \"" + fact + "\") { history { action } } }").getList("fact.history.action");
        assertTrue(actions.containsAll(List.of("REVIEW_CONFLICT", "REOPEN_CONFLICT")), actions.toString());
    }

    @Test
    void onlyAConflictCanBeReviewed() {
        String curator = GraphQL.login("curator", "curator");
        GraphQL.post(REVIEW, Map.of("f", "terrorist-designation-year", "d", "CONFIRMED", "r", "x"), curator)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.details.field", equalTo("fact"));
        GraphQL.post(REVIEW, Map.of("f", "terrorist-designation-year", "d", "OPEN", "r", "x"), curator)
                .body("errors[0].extensions.details.field", equalTo("decision"));
    }
}
