package io.corroborate.source;

import io.corroborate.GraphQL;
import io.corroborate.compare.Comparisons;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Source.articleText: the text the excerpts' offsets (in code points) point into, so a reader can show them in place. */
@QuarkusTest
class ArticleTextTest {

    @Test
    void everySeedExcerptIsTheTextBetweenItsOffsets() {
        JsonPath data = GraphQL.data("""
                { story(id: "russia-recognizes-taliban-2025") {
                    sources { id articleText }
                    facts { claims { id source { id } excerpt { exact start end } } } } }""");
        Map<String, String> texts = new java.util.HashMap<>();
        for (Map<String, Object> source : data.<Map<String, Object>>getList("story.sources")) {
            texts.put((String) source.get("id"), (String) source.get("articleText"));
        }
        assertEquals(5, texts.size());
        int checked = 0;
        for (Map<String, Object> claim : data.<Map<String, Object>>getList("story.facts.claims.flatten()")) {
            String text = texts.get(((Map<?, ?>) claim.get("source")).get("id"));
            Map<?, ?> excerpt = (Map<?, ?>) claim.get("excerpt");
            int start = (Integer) excerpt.get("start");
            int end = (Integer) excerpt.get("end");
            String between = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
            assertEquals(excerpt.get("exact"), between, "claim " + claim.get("id"));
            checked++;
        }
        assertEquals(149, checked, "every seed claim");
    }

    @Test
    void isTheTextWhoseHashTheSourceCarries() {
        JsonPath data = GraphQL.data("{ source(id: \"nysun\") { articleText contentSha256 } }");
        String sha = io.corroborate.curation.ArticleTexts.sha256(data.getString("source.articleText").getBytes(StandardCharsets.UTF_8));
        assertEquals(data.getString("source.contentSha256"), sha);
    }

    @Test
    void isNullWhenTheServerHoldsNoText() {
        String n = String.valueOf(System.nanoTime() % 1_000_000_000L);
        String curator = GraphQL.login("curator", "curator");
        GraphQL.data("mutation($i: NewStory!) { addStory(input: $i) { id } }", Map.of("i", Map.of("id", "text-" + n, "title", "Text")), curator);
        given().contentType("application/x-ndjson").header("Authorization", "Bearer " + curator)
                .body(("{\"fact\": \"text-fact-" + n + "\", \"story\": \"text-" + n + "\", \"kind\": \"QUANTITY\", \"question\": \"Toll\","
                        + " \"source\": \"text-src-" + n + "\", \"sourceHeadline\": \"A\", \"value\": \"12 people\"}\n").getBytes(StandardCharsets.UTF_8))
                .post("/import/claims").then().statusCode(200);
        Comparisons.settle();
        JsonPath data = GraphQL.data("{ source(id: \"text-src-" + n + "\") { articleTextAvailable articleText } }");
        assertNull(data.getString("source.articleText"));
        assertTrue(!data.getBoolean("source.articleTextAvailable"));
        List<String> both = GraphQL.data("{ sources { articleText } }").getList("sources.articleText");
        assertTrue(both.contains(null) && both.stream().anyMatch(t -> t != null && !t.isEmpty()), "one batch answers both kinds");
    }
}
