package io.corroborate.api;

import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Relay conventions: Node and node(id:), globally unique ids, and keyset cursors in both directions. */
@QuarkusTest
class RelayTest {

    private static final String STORY = "russia-recognizes-taliban-2025";

    @Test
    void anyObjectIsFetchedAgainByItsIdAlone() {
        String claim = GraphQL.data("{ fact(id: \"crocus-attack-date\") { claims { id } } }").getString("fact.claims[0].id");
        Map<String, String> ids = Map.of("nysun", "Source", STORY, "Story", "zabihullah-mujahid", "Entity",
                "crocus-attack-date", "Fact", claim, "Claim");
        for (Map.Entry<String, String> id : ids.entrySet()) {
            JsonPath node = GraphQL.data("query($id: ID!) { node(id: $id) { __typename id } }", Map.of("id", id.getKey()));
            assertEquals(id.getValue(), node.getString("node.__typename"), id.getKey());
            assertEquals(id.getKey(), node.getString("node.id"));
        }
        assertNull(GraphQL.data("{ node(id: \"no-such-thing\") { id } }").get("node"));
        assertEquals("Fact", GraphQL.data("{ node(id: \"crocus-attack-date\") { ... on Fact { question } __typename } }")
                .getString("node.__typename"));
    }

    @Test
    void anIdTakenByAnotherTypeIsRefused() {
        String curator = GraphQL.login("curator", "curator");
        GraphQL.post("mutation { addStory(input: {id: \"nysun\", title: \"Clash\"}) { id } }", Map.of(), curator)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.details.field", equalTo("input.id"));
        assertEquals("Source", GraphQL.data("{ node(id: \"nysun\") { __typename } }").getString("node.__typename"));
    }

    @Test
    void factsPageBackwardAsTheyPageForward() {
        List<String> forward = walk("facts(story: \"" + STORY + "\", first: 7, after: %s)", "facts", false);
        List<String> backward = walk("facts(story: \"" + STORY + "\", last: 7, before: %s)", "facts", true);
        assertEquals(73, forward.size());
        assertEquals(forward, backward);
    }

    @Test
    void theWorklistPagesBackwardAsItPagesForward() {
        List<String> forward = walk("discrepancies(story: \"" + STORY + "\", first: 4, after: %s)", "discrepancies", false);
        List<String> backward = walk("discrepancies(story: \"" + STORY + "\", last: 4, before: %s)", "discrepancies", true);
        assertEquals(GraphQL.data("{ discrepancies(story: \"" + STORY + "\") { totalCount } }").getInt("discrepancies.totalCount"),
                forward.size());
        assertEquals(forward, backward);
        JsonPath last = GraphQL.data("{ discrepancies(story: \"" + STORY + "\", last: 2) { edges { node { id } } pageInfo { hasPreviousPage hasNextPage } } }");
        assertEquals(forward.subList(forward.size() - 2, forward.size()), last.getList("discrepancies.edges.node.id"));
        assertTrue(last.getBoolean("discrepancies.pageInfo.hasPreviousPage"));
        assertFalse(last.getBoolean("discrepancies.pageInfo.hasNextPage"));
    }

    @Test
    void aWorklistChangeBetweenPagesNeitherRepeatsNorSkipsRows() {
        List<String> before = walk("discrepancies(first: 100, after: %s)", "discrepancies", false);
        JsonPath first = GraphQL.data("{ discrepancies(first: 3) { edges { node { id } } pageInfo { endCursor } } }");
        List<String> seen = new ArrayList<>(first.getList("discrepancies.edges.node.id"));
        String added = addConflict();
        String cursor = first.getString("discrepancies.pageInfo.endCursor");
        List<String> rest = walk("discrepancies(first: 3, after: %s)", "discrepancies", false, cursor);
        seen.addAll(rest);
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no fact twice: " + seen);
        List<String> kept = new ArrayList<>(seen);
        kept.remove(added);
        assertEquals(before, kept, "every fact of the worklist, in its order");
    }

    @Test
    void theAuditLogPagesWithEdgesBothWays() {
        addConflict();
        JsonPath newest = GraphQL.data("{ recentChanges(first: 2) { edges { cursor node { at action } } pageInfo { endCursor hasNextPage } } }");
        assertEquals(2, newest.getList("recentChanges.edges").size());
        String cursor = newest.getString("recentChanges.pageInfo.endCursor");
        JsonPath back = GraphQL.data("query($c: String) { recentChanges(last: 1, before: $c) { edges { cursor } pageInfo { hasPreviousPage hasNextPage } } }",
                Map.of("c", cursor));
        assertEquals(newest.getString("recentChanges.edges[0].cursor"), back.getString("recentChanges.edges[0].cursor"));
        assertFalse(back.getBoolean("recentChanges.pageInfo.hasPreviousPage"));
        assertTrue(back.getBoolean("recentChanges.pageInfo.hasNextPage"));
    }

    @Test
    void firstAndLastTogetherAreRefused() {
        GraphQL.post("{ facts(first: 2, last: 2) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.details.field", equalTo("last"));
    }

    /** Every id of a listing, page by page in the given direction, in listing order. */
    private static List<String> walk(String field, String name, boolean backward) {
        return walk(field, name, backward, null);
    }

    private static List<String> walk(String field, String name, boolean backward, String from) {
        List<String> ids = new ArrayList<>();
        String cursor = from;
        for (int page = 0; page < 100; page++) {
            JsonPath json = GraphQL.data("query($c: String) { " + field.formatted("$c")
                    + " { edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }",
                    cursor == null ? Map.of() : Map.of("c", cursor));
            List<String> pageIds = json.getList(name + ".edges.node.id");
            if (backward) {
                ids.addAll(0, pageIds);
            } else {
                ids.addAll(pageIds);
            }
            if (!json.getBoolean(name + ".pageInfo." + (backward ? "hasPreviousPage" : "hasNextPage"))) {
                return ids;
            }
            cursor = json.getString(name + ".pageInfo." + (backward ? "startCursor" : "endCursor"));
        }
        throw new AssertionError("the listing did not end");
    }

    /** A new conflicting fact in a story of its own, through the bulk import; its id. */
    private static String addConflict() {
        String curator = GraphQL.login("curator", "curator");
        String n = String.valueOf(System.nanoTime() % 1_000_000_000L);
        GraphQL.data("mutation($i: NewStory!) { addStory(input: $i) { id } }", Map.of("i", Map.of("id", "relay-" + n, "title", "Relay")), curator);
        String lines = String.join("\n",
                "{\"fact\": \"relay-toll-" + n + "\", \"story\": \"relay-" + n + "\", \"kind\": \"QUANTITY\", \"question\": \"Toll\","
                        + " \"source\": \"relay-a-" + n + "\", \"sourceHeadline\": \"A\", \"value\": \"12 people\"}",
                "{\"fact\": \"relay-toll-" + n + "\", \"source\": \"relay-b-" + n + "\", \"sourceHeadline\": \"B\", \"value\": \"40 people\"}", "");
        given().contentType("application/x-ndjson").header("Authorization", "Bearer " + curator).body(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/import/claims").then().statusCode(200);
        return "relay-toll-" + n;
    }
}
