package io.corroborate.curation;

import io.corroborate.compare.Comparisons;
import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The sample files in db/samples import as the README says, and leave the seed story as it was. */
@QuarkusTest
class SampleFilesTest {

    static final String STORY = "sample-harbour-bridge";
    private static final String SEED = """
            { story(id: "russia-recognizes-taliban-2025") { facts { id } sources { id } }
              discrepancies(story: "russia-recognizes-taliban-2025", first: 100) { totalCount edges { node { id } } } }""";

    @Test
    void bothSamplesImportIntoOneDatabaseAndCanBeReadBack() throws IOException {
        String curator = GraphQL.login("curator", "curator");
        JsonPath seedBefore = GraphQL.data(SEED);
        GraphQL.data("mutation($i: NewStory!) { addStory(input: $i) { id } }",
                Map.of("i", Map.of("id", STORY, "title", "Sample: a harbour bridge opens (invented)")), curator);

        JsonPath wire = post("claims.jsonl", "application/x-ndjson", curator);
        assertEquals(List.of(true, 4, 4, 0, 4, 1), report(wire), wire.prettify());
        JsonPath gazette = post("claims.csv", "text/csv", curator);
        assertEquals(List.of(true, 4, 4, 0, 1, 1), report(gazette), gazette.prettify());

        JsonPath story = GraphQL.data("""
                query($id: ID!) { story(id: $id) { sources { id outlet }
                    facts { id kind claims { source { id } valueAsWritten excerpt { exact } } comparison { verdict } } }
                  discrepancies(story: $id) { edges { node { id } } } }""", Map.of("id", STORY));
        assertEquals(List.of("example-wire", "example-gazette"), story.getList("story.sources.id"));
        assertEquals(List.of("Example Wire", "Example Gazette"), story.getList("story.sources.outlet"));
        assertEquals(List.of("harbour-bridge-opening-date", "harbour-bridge-length", "harbour-bridge-workers",
                "harbour-bridge-daily-traffic", "harbour-bridge-builder"), story.getList("story.facts.id"));
        assertEquals(List.of("DATE", "QUANTITY", "QUANTITY", "QUANTITY", "TEXT"), story.getList("story.facts.kind"));
        assertEquals(List.of(List.of("14 June 2025", "June 2025"), List.of("about 1,200 metres", "1,180 metres"),
                        List.of("more than 600 workers", "450 workers"), List.of("up to 30,000 vehicles"),
                        List.of("Example Construction, with two local firms")),
                story.getList("story.facts.claims.valueAsWritten"));
        for (List<?> excerpts : story.<List<?>>getList("story.facts.claims.excerpt")) {
            excerpts.forEach(excerpt -> assertNull(excerpt, "sources without article text give no excerpt"));
        }
        assertEquals(List.of("CONSISTENT", "CONSISTENT", "CONFLICT", "SINGLE_SOURCE", "SINGLE_SOURCE"),
                story.getList("story.facts.comparison.verdict"));
        assertEquals(List.of("harbour-bridge-workers"), story.getList("discrepancies.edges.node.id"));

        assertEquals(seedBefore.prettify(), GraphQL.data(SEED).prettify(), "the seed story is untouched");
    }

    private static JsonPath post(String sample, String contentType, String token) throws IOException {
        JsonPath report = given().contentType(contentType).header("Authorization", "Bearer " + token)
                .body(Files.readAllBytes(Repo.root().resolve("db/samples").resolve(sample)))
                .when().post("/import/claims").then().statusCode(200).extract().jsonPath();
        Comparisons.settle();
        return report;
    }

    private static List<Object> report(JsonPath report) {
        return List.of(report.getBoolean("committed"), report.getInt("lines"), report.getInt("accepted"), report.getInt("rejected"),
                report.getInt("createdFacts"), report.getInt("createdSources"));
    }

    /** The repository's root, found from the working directory the tests run in. */
    static final class Repo {
        private Repo() {
        }

        static Path root() {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("bin/corroborate")) && Files.isDirectory(dir.resolve("db/samples"))) {
                    return dir;
                }
            }
            throw new IllegalStateException("no bin/corroborate above " + Path.of("").toAbsolutePath());
        }
    }
}
