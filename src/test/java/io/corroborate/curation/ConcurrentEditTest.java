package io.corroborate.curation;

import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Many curators editing one claim at once: one edit wins per version, the rest are told, nothing is lost. */
@QuarkusTest
class ConcurrentEditTest {

    private static final int EDITORS = 8;
    private static final int ROUNDS = 3;

    @Test
    void exactlyOneEditWinsPerVersionAndTheHistoryHoldsEveryAcceptedChange() throws Exception {
        String token = GraphQL.login("editor", "editor");
        String n = String.valueOf(System.nanoTime() % 1_000_000_000L);
        GraphQL.data("mutation($i: NewStory!) { addStory(input: $i) { id } }", Map.of("i", Map.of("id", "race-" + n, "title", "Race")), token);
        GraphQL.data("mutation($i: NewFact!) { addFact(input: $i) { id } }",
                Map.of("i", Map.of("id", "race-fact-" + n, "story", "race-" + n, "kind", "QUANTITY", "question", "How many")), token);
        Map<String, Object> source = new HashMap<>(Map.of("id", "race-source-" + n, "headline", "Race", "language", "en",
                "text", CurationApiTest.ARTICLE));
        GraphQL.data(CurationApiTest.ADD_SOURCE, Map.of("input", source), token);
        JsonPath claim = GraphQL.data(CurationApiTest.ADD_CLAIM, Map.of("input", Map.of("fact", "race-fact-" + n,
                "source", "race-source-" + n, "value", "at least 150 people")), token);
        String id = claim.getString("addClaim.id");
        int version = claim.getInt("addClaim.version");

        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<String> outcomes = race(pool, token, id, version, round);
                assertEquals(1, outcomes.stream().filter("OK"::equals).count(), "round " + round + ": " + outcomes);
                assertEquals(EDITORS - 1, outcomes.stream().filter("VERSION_CONFLICT"::equals).count(), "round " + round + ": " + outcomes);
                version++;
            }
        } finally {
            pool.shutdownNow();
        }
        JsonPath after = GraphQL.data("query($id: ID!) { claim(id: $id) { version note history { action after } } }", Map.of("id", id));
        assertEquals(version, after.getInt("claim.version"));
        List<String> actions = after.getList("claim.history.action");
        assertEquals(1 + ROUNDS, actions.size(), actions.toString());
        assertEquals(ROUNDS, actions.stream().filter("EDIT_CLAIM"::equals).count());
        String lastNote = after.getString("claim.note");
        String lastLogged = after.getString("claim.history[" + ROUNDS + "].after");
        assertEquals(true, lastLogged.contains(lastNote), "the last accepted edit is the one logged last");
    }

    private static List<String> race(ExecutorService pool, String token, String id, int version, int round) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            String note = "round " + round + " editor " + i;
            Callable<String> edit = () -> {
                start.await();
                JsonPath response = GraphQL.post("""
                        mutation($id: ID!, $v: Int!, $c: ClaimChanges!) { editClaim(id: $id, version: $v, changes: $c) { version } }""",
                        Map.of("id", id, "v", version, "c", Map.of("note", note)), token).extract().jsonPath();
                return response.get("errors") == null ? "OK" : response.getString("errors[0].extensions.code");
            };
            results.add(pool.submit(edit));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }
}
