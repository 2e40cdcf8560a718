package io.corroborate.curation;

import io.corroborate.compare.Comparisons;
import io.corroborate.GraphQL;
import io.corroborate.user.AppUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
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

/** Relations between entities: loaded from the corpus, queryable, recorded by curators, used by the verdicts. */
@QuarkusTest
class RelationApiTest {

    private static final String ADD = """
            mutation($i: NewRelation!) { addRelation(input: $i) { kind subject { id } object { id } curatedBy } }""";

    @Test
    void theCorpusRelationsAreQueryable() {
        List<Map<String, Object>> relations = GraphQL.data("""
                { entity(id: "sergei-lavrov") { relations { kind subject { id } object { id } } } }""").getList("entity.relations");
        assertTrue(relations.contains(Map.of("kind", "HEADS", "subject", Map.of("id", "sergei-lavrov"),
                "object", Map.of("id", "russian-foreign-ministry"))), relations.toString());
    }

    @Test
    void aCuratorsRelationTurnsAMisattributionIntoOneVoiceAndItsRemovalBack() {
        String curator = GraphQL.login("curator", "curator");
        String n = String.valueOf(System.nanoTime() % 1_000_000_000L);
        GraphQL.data("mutation($i: NewStory!) { addStory(input: $i) { id } }", Map.of("i", Map.of("id", "rel-" + n, "title", "Relations")), curator);
        for (String[] e : new String[][] {{"envoy-" + n, "PERSON", "An Envoy"}, {"league-" + n, "ORGANIZATION", "The League"}}) {
            GraphQL.data("mutation($i: NewEntity!) { addEntity(input: $i) { id } }",
                    Map.of("i", Map.of("id", e[0], "kind", e[1], "name", e[2])), curator);
        }
        String lines = String.join("\n",
                "{\"fact\": \"rel-quote-" + n + "\", \"story\": \"rel-" + n + "\", \"kind\": \"QUOTE\", \"question\": \"Words\","
                        + " \"source\": \"rel-a-" + n + "\", \"sourceHeadline\": \"A\", \"value\": \"we welcome the decision\", \"speaker\": \"envoy-" + n + "\"}",
                "{\"fact\": \"rel-quote-" + n + "\", \"source\": \"rel-b-" + n + "\", \"sourceHeadline\": \"B\","
                        + " \"value\": \"we welcome the decision\", \"speaker\": \"league-" + n + "\"}", "");
        given().contentType("application/x-ndjson").header("Authorization", "Bearer " + curator)
                .body(lines.getBytes(StandardCharsets.UTF_8)).post("/import/claims").then().statusCode(200);
        Comparisons.settle();
        String verdict = "{ fact(id: \"rel-quote-" + n + "\") { comparison { verdict explanation conflicts { kind } } } }";
        assertEquals("ATTRIBUTION", GraphQL.data(verdict).getString("fact.comparison.conflicts[0].kind"));

        Map<String, Object> relation = Map.of("subject", "envoy-" + n, "kind", "SPEAKS_FOR", "object", "league-" + n);
        GraphQL.post(ADD, Map.of("i", relation)).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        assertEquals("ATTRIBUTION", GraphQL.data(verdict).getString("fact.comparison.conflicts[0].kind"), "a refused write changes nothing");
        assertEquals("curator", GraphQL.data(ADD, Map.of("i", relation), curator).getString("addRelation.curatedBy"));
        JsonPath related = GraphQL.data(verdict);
        assertEquals("CONSISTENT", related.getString("fact.comparison.verdict"));
        assertTrue(related.getString("fact.comparison.explanation").contains("An Envoy speaks for The League"),
                related.getString("fact.comparison.explanation"));
        GraphQL.post(ADD, Map.of("i", relation), curator).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));

        String remove = "mutation { removeRelation(subject: \"envoy-" + n + "\", kind: SPEAKS_FOR, object: \"league-" + n + "\") }";
        QuarkusTransaction.requiringNew().run(() -> AppUser.create("rel-other-" + n, "pw-" + n, List.of("curator")));
        GraphQL.post(remove, Map.of(), GraphQL.login("rel-other-" + n, "pw-" + n)).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        assertEquals("CONSISTENT", GraphQL.data(verdict).getString("fact.comparison.verdict"), "another curator's relation stays");
        GraphQL.data(remove, Map.of(), curator);
        assertEquals("CONFLICT", GraphQL.data(verdict).getString("fact.comparison.verdict"));
        List<String> actions = GraphQL.data("{ recentChanges(first: 5) { changes { action targetId } } }").getList("recentChanges.changes.action");
        assertTrue(actions.containsAll(List.of("ADD_RELATION", "REMOVE_RELATION")), actions.toString());
    }
}
