package io.corroborate.scale;

import io.corroborate.GraphQL;
import io.corroborate.compare.Comparisons;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A smoke run of the scale corpus generator: deterministic, and loadable whole through the write API and the import. */
@QuarkusTest
class ScaleCorpusTest {

    private static final int CLAIMS = 2_000;
    private static final List<String> FILES = List.of("setup.jsonl", "claims.jsonl", "facts.txt", "stories.txt", "manifest.json");

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedAnotherCorpus() throws IOException {
        new ScaleCorpus(CLAIMS, 42, false).write(dir.resolve("a"));
        new ScaleCorpus(CLAIMS, 42, false).write(dir.resolve("b"));
        new ScaleCorpus(CLAIMS, 43, false).write(dir.resolve("c"));
        for (String file : FILES) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)), Files.readAllBytes(dir.resolve("b").resolve(file)), file);
        }
        assertFalse(Files.readString(dir.resolve("a/claims.jsonl")).equals(Files.readString(dir.resolve("c/claims.jsonl"))));
        assertEquals(CLAIMS, Files.readAllLines(dir.resolve("a/claims.jsonl")).size());
    }

    @Test
    void theCorpusLoadsWholeAndConflictsAtTheIntendedRate() throws IOException {
        new ScaleCorpus(CLAIMS, 42, false).write(dir);
        JsonPath manifest = JsonPath.from(dir.resolve("manifest.json").toFile());
        String curator = GraphQL.login("curator", "curator");
        for (String request : Files.readAllLines(dir.resolve("setup.jsonl"))) {
            JsonPath answer = given().contentType("application/json").header("Authorization", "Bearer " + curator).body(request)
                    .when().post("/graphql").then().statusCode(200).extract().jsonPath();
            assertNull(answer.get("errors"), () -> answer.prettify());
        }
        JsonPath report = given().contentType("application/x-ndjson").header("Authorization", "Bearer " + curator)
                .body(Files.readAllBytes(dir.resolve("claims.jsonl"))).when().post("/import/claims")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(CLAIMS, report.getInt("accepted"), () -> report.prettify());
        assertEquals(manifest.getInt("facts"), report.getInt("createdFacts"));
        assertTrue(GraphQL.data("{ discrepancies { pendingFacts } }").getInt("discrepancies.pendingFacts") >= manifest.getInt("facts"),
                "an import commits at once and leaves its facts' comparisons to the background drain");
        Comparisons.settle();
        assertEquals(0, GraphQL.data("{ discrepancies { pendingFacts } }").getInt("discrepancies.pendingFacts"));

        int conflicts = 0;
        for (String story : Files.readAllLines(dir.resolve("stories.txt"))) {
            conflicts += GraphQL.data("query($s: ID!) { discrepancies(story: $s, first: 1) { totalCount } }", Map.of("s", story))
                    .getInt("discrepancies.totalCount");
        }
        int intended = manifest.getInt("intendedVerdicts.CONFLICT");
        assertTrue(intended >= 0.03 * manifest.getInt("facts"), "the generator plants conflicts at about the seed corpus's rate");
        assertTrue(Math.abs(conflicts - intended) <= Math.max(2, intended / 10),
                "the worklist holds " + conflicts + " facts, the generator planted " + intended + " conflicts");
    }
}
