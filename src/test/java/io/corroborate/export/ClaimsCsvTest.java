package io.corroborate.export;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A story's claims as CSV: every active claim once, with the provenance the API gives for it. */
@QuarkusTest
class ClaimsCsvTest {

    private static final String STORY = "russia-recognizes-taliban-2025";

    private static List<Map<String, String>> rows(String csv) throws Exception {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.readAll();
        }
    }

    @Test
    void everyActiveClaimOfTheStoryIsARowWithItsProvenance() throws Exception {
        Response download = given().get("/stories/" + STORY + "/claims.csv");
        download.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString(STORY + "-claims.csv"));
        List<Map<String, String>> rows = rows(download.asString());
        List<Map<String, Object>> claims = GraphQL.data("""
                { story(id: "%s") { facts { id claims { id valueAsWritten source { id } excerpt { exact start end } } } } }"""
                .formatted(STORY)).getList("story.facts.claims.flatten()");
        assertEquals(claims.size(), rows.size());
        Map<String, Map<String, String>> byClaim = rows.stream().collect(Collectors.toMap(r -> r.get("claim"), r -> r));
        for (Map<String, Object> claim : claims) {
            Map<String, String> row = byClaim.get((String) claim.get("id"));
            assertEquals(((Map<?, ?>) claim.get("source")).get("id"), row.get("source"));
            assertEquals(ClaimsCsv.cell((String) claim.get("valueAsWritten")), row.get("value"));
            Map<?, ?> excerpt = (Map<?, ?>) claim.get("excerpt");
            if (excerpt != null) {
                assertEquals(ClaimsCsv.cell((String) excerpt.get("exact")), row.get("excerpt"), "the verbatim excerpt");
                assertEquals(String.valueOf(excerpt.get("start")), row.get("excerptStart"));
                assertEquals(String.valueOf(excerpt.get("end")), row.get("excerptEnd"));
            }
        }
        assertTrue(rows.stream().allMatch(r -> !r.get("curatedBy").isEmpty() && r.get("curatedAt").contains("T")));
    }

    @Test
    void anUnknownStoryIsNotFound() {
        given().get("/stories/no-such-story/claims.csv").then().statusCode(404).body(containsString("no-such-story"));
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsDefused() {
        Map<String, String> cases = new HashMap<>(Map.of("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")", "+1", "'+1", "-2 dead", "'-2 dead",
                "@SUM(A1)", "'@SUM(A1)", "143 dead", "143 dead", "", ""));
        cases.forEach((text, cell) -> assertEquals(cell, ClaimsCsv.cell(text), text));
        assertEquals(null, ClaimsCsv.cell(null));
    }
}
