package io.corroborate.consensus;

import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which sources copy each other, as the API tells a fact-checker: two outlets repeat the same wrong figure, letter for
 * letter, on eight facts that three others report rightly, each in its own words.
 */
@QuarkusTest
class LikelyCopiesTest {

    private static final String STORY = "likely-copies";

    @Inject
    ConsensusRefresh refresh;

    private static boolean imported;

    @BeforeEach
    void importStory() {
        if (imported) {
            return;
        }
        imported = true;
        String curator = GraphQL.login("curator", "curator");
        GraphQL.post("mutation { addStory(input: {id: \"" + STORY + "\", title: \"Two outlets repeat one another\"}) { id } }", Map.of(), curator);
        StringBuilder lines = new StringBuilder();
        for (int k = 1; k <= 8; k++) {
            for (String source : List.of("honest-a", "honest-b", "honest-c")) {
                // one value (the comparison reads case and punctuation away), each outlet's own writing
                lines.append(line(k, source, switch (source) {
                    case "honest-a" -> (100 + k) + " people";
                    case "honest-b" -> (100 + k) + " People.";
                    default -> (100 + k) + " PEOPLE";
                }));
            }
            lines.append(line(k, "copier-a", (200 + k) + " dead"));
            lines.append(line(k, "copier-b", (200 + k) + " dead"));
        }
        given().contentType("application/x-ndjson").header("Authorization", "Bearer " + curator)
                .body(lines.toString().getBytes(StandardCharsets.UTF_8)).post("/import/claims").then().statusCode(200);
    }

    private static String line(int fact, String source, String value) {
        return String.format("{\"fact\":\"%s-toll-%d\",\"story\":\"%s\",\"kind\":\"TEXT\",\"question\":\"Toll of incident %d\","
                + "\"source\":\"%s-%s\",\"sourceHeadline\":\"Reports of %s\",\"sourceOutlet\":\"%s\",\"value\":\"%s\"}%n",
                STORY, fact, STORY, fact, STORY, source, source, source, value);
    }

    private JsonPath copies(String source, String strategy) {
        refresh.recompute(ConsensusStrategy.valueOf(strategy));
        return GraphQL.data("""
                query Copies($source: ID!, $story: ID!, $strategy: ConsensusStrategy!) {
                  source(id: $source) {
                    reliability(story: $story, strategy: $strategy) { copyWeight likelyCopies { source { id } probability } }
                  }
                }""", Map.of("source", STORY + "-" + source, "story", STORY, "strategy", strategy));
    }

    @Test
    void sourcesRepeatingTheSameErrorsAreNamedAsLikelyCopies() {
        JsonPath a = copies("copier-a", "ACCU");
        assertEquals(List.of(STORY + "-copier-b"), a.getList("source.reliability.likelyCopies.source.id"));
        assertTrue(a.getDouble("source.reliability.likelyCopies[0].probability") > 0.99, a.prettify());
        JsonPath b = copies("copier-b", "ACCU");
        assertEquals(List.of(STORY + "-copier-a"), b.getList("source.reliability.likelyCopies.source.id"));
        assertTrue(Math.min(a.getDouble("source.reliability.copyWeight"), b.getDouble("source.reliability.copyWeight")) < 0.1,
                "the second of the two counts for little");
    }

    @Test
    void sourcesAgreeingInTheirOwnWordsAreNot() {
        for (String honest : List.of("honest-a", "honest-b", "honest-c")) {
            JsonPath json = copies(honest, "ACCU");
            assertEquals(List.of(), json.getList("source.reliability.likelyCopies"), honest);
            assertEquals(1.0, json.getDouble("source.reliability.copyWeight"), 1e-6, honest);
        }
    }

    @Test
    void majorityNamesNone() {
        assertEquals(List.of(), copies("copier-a", "MAJORITY").getList("source.reliability.likelyCopies"));
    }
}
