package io.corroborate.curation;

import io.corroborate.compare.Comparisons;
import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    /** A story whose one fact is a conflict between two sources: 12 dead against 40. */
    private void conflictOf12And40(String curator) {
        GraphQL.data("mutation($i: NewStory!) { addStory(input: $i) { id } }", Map.of("i", Map.of("id", "review-" + n, "title", "Review")), curator);
        importLines(curator,
                "{\"fact\": \"" + fact + "\", \"story\": \"review-" + n + "\", \"kind\": \"QUANTITY\", \"question\": \"Toll\","
                        + " \"source\": \"review-a-" + n + "\", \"sourceHeadline\": \"A\", \"value\": \"12 people\"}",
                "{\"fact\": \"" + fact + "\", \"source\": \"review-b-" + n + "\", \"sourceHeadline\": \"B\", \"value\": \"40 people\"}");
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
        conflictOf12And40(curator);
        assertEquals("OPEN", state().getString("fact.review.status"));
        assertEquals(List.of(fact), worklist(""));

        GraphQL.post(REVIEW, Map.of("f", fact, "d", "DISMISSED", "r", "typo")).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        assertEquals("OPEN", state().getString("fact.review.status"), "a refused write changes nothing");

        JsonPath dismissed = GraphQL.data(REVIEW, Map.of("f", fact, "d", "DISMISSED", "r", "B counts only the injured"), curator);
        assertEquals("DISMISSED", dismissed.getString("reviewConflict.status"));
        assertEquals("CONFLICT", state().getString("fact.comparison.verdict"), "a dismissed conflict stays on the fact");
        assertEquals(List.of(), worklist(""), "off the default worklist");
        assertEquals(List.of(fact), worklist(", review: [DISMISSED]"));

        assertEquals(1, dismissed.getInt("reviewConflict.version"), "0 is kept for \"no decision yet\"");
        GraphQL.post(REVIEW, Map.of("f", fact, "d", "CONFIRMED", "r", "read before the first decision", "v", 0), editor)
                .body("errors[0].extensions.code", equalTo("VERSION_CONFLICT"));
        GraphQL.post(REVIEW, Map.of("f", fact, "d", "CONFIRMED", "r", "no", "v", 1), curator)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        JsonPath confirmed = GraphQL.data(REVIEW, Map.of("f", fact, "d", "CONFIRMED", "r", "A and B count the dead", "v", 1), editor);
        assertEquals(2, confirmed.getInt("reviewConflict.version"));
        GraphQL.post(REVIEW, Map.of("f", fact, "d", "DISMISSED", "r", "stale", "v", 1), editor)
                .body("errors[0].extensions.code", equalTo("VERSION_CONFLICT"))
                .body("errors[0].extensions.details.currentVersion", equalTo(2));
        assertEquals(List.of(fact), worklist(", review: [CONFIRMED]"));

        importLines(curator, "{\"fact\": \"" + fact + "\", \"source\": \"review-c-" + n + "\", \"sourceHeadline\": \"C\", \"value\": \"40 people\"}");
        JsonPath reopened = state();
        assertEquals("OPEN", reopened.getString("fact.review.status"), "the claims changed");
        assertEquals("CONFIRMED", reopened.getString("fact.review.decision"));
        assertTrue(reopened.getBoolean("fact.review.outdated"));
        assertEquals(List.of(fact), worklist(", review: [OPEN]"));

        GraphQL.post(REVIEW, Map.of("f", fact, "d", "CONFIRMED", "r", "still two counts"), curator)
                .body("errors[0].extensions.code", equalTo("VERSION_CONFLICT"));
        assertEquals(3, GraphQL.data(REVIEW, Map.of("f", fact, "d", "CONFIRMED", "r", "still two counts", "v", 2), curator)
                .getInt("reviewConflict.version"));
        String reopen = "mutation($f: ID!) { reopenConflict(fact: $f, reason: \"look again\") { status decision outdated version } }";
        GraphQL.post(reopen, Map.of("f", fact), curator).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        JsonPath reopenedByEditor = GraphQL.data(reopen, Map.of("f", fact), editor);
        assertEquals("OPEN", reopenedByEditor.getString("reopenConflict.status"));
        assertEquals("CONFIRMED", reopenedByEditor.getString("reopenConflict.decision"), "the decision stays on record");
        assertTrue(reopenedByEditor.getBoolean("reopenConflict.outdated"));
        assertEquals(4, reopenedByEditor.getInt("reopenConflict.version"));
        GraphQL.post(reopen, Map.of("f", fact), editor).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        assertEquals(List.of(fact), worklist(", review: [OPEN]"));

        GraphQL.post(REVIEW, Map.of("f", fact, "d", "DISMISSED", "r", "based on the review before the reopen", "v", 3), editor)
                .body("errors[0].extensions.code", equalTo("VERSION_CONFLICT"));
        assertEquals("CONFIRMED", state().getString("fact.review.decision"), "a stale decision overwrites nothing");
        assertEquals("DISMISSED", GraphQL.data(REVIEW, Map.of("f", fact, "d", "DISMISSED", "r", "seen again", "v", 4), curator)
                .getString("reviewConflict.status"));

        List<String> actions = GraphQL.data("{ fact(id: \"" + fact + "\") { history { action } } }").getList("fact.history.action");
        assertTrue(actions.containsAll(List.of("REVIEW_CONFLICT", "REOPEN_CONFLICT")), actions.toString());
    }

    /** Curators deciding the same fresh conflict at once: exactly one decision is taken, the others are told. */
    @Test
    void simultaneousFirstDecisionsTakeOneAndRefuseTheRest() throws Exception {
        String curator = GraphQL.login("curator", "curator");
        String editor = GraphQL.login("editor", "editor");
        conflictOf12And40(curator);
        int deciders = 6;
        ExecutorService pool = Executors.newFixedThreadPool(deciders);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < deciders; i++) {
            String reason = "decider " + i;
            String token = i % 2 == 0 ? curator : editor;
            outcomes.add(pool.submit(() -> {
                start.await();
                JsonPath answer = GraphQL.post(REVIEW, Map.of("f", fact, "d", "DISMISSED", "r", reason, "v", 0), token).extract().jsonPath();
                return answer.get("errors") == null ? "TAKEN by " + reason : answer.getString("errors[0].extensions.code");
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        List<String> taken = results.stream().filter(r -> r.startsWith("TAKEN")).toList();
        assertEquals(1, taken.size(), results.toString());
        assertEquals(deciders - 1, results.stream().filter("VERSION_CONFLICT"::equals).count(), results.toString());
        assertEquals(taken.get(0).substring("TAKEN by ".length()), state().getString("fact.review.reason"), "the decision taken is the one kept");
        assertEquals(1, state().getInt("fact.review.version"));
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
