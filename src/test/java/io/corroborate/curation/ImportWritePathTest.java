package io.corroborate.curation;

import io.corroborate.GraphQL;
import io.corroborate.compare.Comparisons;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.corroborate.fact.FactSubject;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The set-based import: subjects, repeats, claim ids, provenance; and the corpus loader's audit entries. */
@QuarkusTest
class ImportWritePathTest {

    String curator;
    String n;

    @BeforeEach
    void scene() {
        curator = GraphQL.login("curator", "curator");
        n = String.valueOf(System.nanoTime() % 1_000_000_000L);
        ClaimImportTest.storyAndSource("bulk-" + n, "paper-" + n, curator);
        for (String e : List.of("mayor-", "council-")) {
            GraphQL.data("mutation($i: NewEntity!) { addEntity(input: $i) { id } }",
                    Map.of("i", Map.of("id", e + n, "kind", "PERSON", "name", e + n)), curator);
        }
    }

    private JsonPath post(String body, String type, int status) {
        JsonPath report = given().contentType(type).header("Authorization", "Bearer " + curator)
                .body(body.getBytes(StandardCharsets.UTF_8)).when().post("/import/claims").then().statusCode(status).extract().jsonPath();
        Comparisons.settle();
        return report;
    }

    private String creating(String fact, String value, String subjects) {
        return "{\"fact\": \"" + fact + "\", \"story\": \"bulk-" + n + "\", \"kind\": \"QUANTITY\", \"question\": \"Q\", \"source\": \"paper-"
                + n + "\", \"value\": \"" + value + "\"" + (subjects == null ? "" : ", \"subjects\": " + subjects) + "}\n";
    }

    private String adding(String fact, String source, String value) {
        return "{\"fact\": \"" + fact + "\", \"source\": \"" + source + "\", \"sourceHeadline\": \"Data\", \"value\": \"" + value + "\"}\n";
    }

    @Test
    void importedFactsGetTheirSubjectsFromJsonLinesAndCsv() {
        post(creating("j-" + n, "at least 150 people", "[\"mayor-" + n + "\", \"council-" + n + "\"]"), "application/x-ndjson", 200);
        post("fact,story,kind,question,source,value,subjects\nc-" + n + ",bulk-" + n + ",QUANTITY,Q,paper-" + n
                + ",at least 150 people,mayor-" + n + ";council-" + n + "\n", "text/csv", 200);
        for (String fact : List.of("j-" + n, "c-" + n)) {
            JsonPath entities = GraphQL.data("query($id: ID!) { fact(id: $id) { entities { id } } }", Map.of("id", fact));
            assertEquals(List.of("council-" + n, "mayor-" + n), entities.getList("fact.entities.id").stream().sorted().toList(), fact);
        }
    }

    @Test
    void anUnknownSubjectRefusesItsLineAndNothingIsWritten() {
        long subjects = FactSubject.count();
        JsonPath report = post(creating("u-" + n, "at least 150 people", "[\"nobody-" + n + "\"]"), "application/x-ndjson", 422);
        assertTrue(report.getString("errors[0].message").contains("nobody-" + n), report.prettify());
        assertTrue(Fact.byKey("u-" + n).isEmpty());
        assertEquals(subjects, FactSubject.count());
    }

    @Test
    void aLineRepeatingAnEarlierLineOfTheFileIsRefused() {
        String line = adding("r-" + n, "store-" + n, "152 people");
        JsonPath report = post(creating("r-" + n, "at least 150 people", null) + line + line, "application/x-ndjson", 422);
        assertEquals(1, report.getInt("rejected"), report.prettify());
        assertEquals(3, report.getInt("errors[0].line"));
        assertEquals("repeats line 2: the same source, fact, words and place", report.getString("errors[0].message"));
        assertTrue(Fact.byKey("r-" + n).isEmpty());
    }

    @Test
    void furtherClaimsOfASourceOnAFactAreNumberedPastTheStoredOnes() {
        post(creating("k-" + n, "at least 150 people", null) + adding("k-" + n, "store-" + n, "151 people"), "application/x-ndjson", 200);
        post(adding("k-" + n, "store-" + n, "152 people") + adding("k-" + n, "store-" + n, "153 people"), "application/x-ndjson", 200);
        List<String> keys = Claim.<Claim>list("key like ?1 order by id", "k-" + n + "/store-%").stream().map(c -> c.key).toList();
        assertEquals(List.of("k-" + n + "/store-" + n, "k-" + n + "/store-" + n + "-2", "k-" + n + "/store-" + n + "-3"), keys);
    }

    @Test
    void anImportWritesOneAuditEntryThatItsClaimsAndFactsPointAt() {
        long entries = AuditEvent.count();
        post(creating("p-" + n, "at least 150 people", null) + adding("p-" + n, "store-" + n, "151 people"), "application/x-ndjson", 200);
        assertEquals(entries + 1, AuditEvent.count());
        AuditEvent entry = AuditEvent.<AuditEvent>find("action = 'IMPORT_CLAIMS' order by id desc").firstResult();
        assertEquals("curator", entry.actor);
        assertEquals(2, entry.after.get("claims").asInt());
        assertEquals(1, entry.after.get("facts").asInt());
        assertEquals(1, entry.after.get("sources").asInt());
        Claim claim = Claim.byKey("p-" + n + "/store-" + n).orElseThrow();
        assertEquals(entry.id, claim.importId);
        assertEquals("curator", claim.curatedBy);
        assertEquals(entry.id, Fact.byKey("p-" + n).orElseThrow().importId);
        JsonPath history = GraphQL.data("query($id: ID!) { claim(id: $id) { history { action actor } } fact(id: \"p-" + n
                + "\") { history { action } } }", Map.of("id", claim.key));
        assertEquals(List.of("IMPORT_CLAIMS"), history.getList("claim.history.action"));
        assertEquals(List.of("IMPORT_CLAIMS"), history.getList("fact.history.action"));
    }

    @Test
    void theCorpusLoaderWritesAnAuditEntryForEverythingItInsertedNamingTheFile() {
        List<AuditEvent> entries = AuditEvent.list("actor", "corpus:db/corpus/russia-recognizes-taliban-2025.json");
        assertEquals(149, entries.stream().filter(e -> e.action.equals("ADD_CLAIM")).count());
        assertEquals(73, entries.stream().filter(e -> e.action.equals("ADD_FACT")).count());
        assertEquals(5, entries.stream().filter(e -> e.action.equals("ADD_SOURCE")).count());
        assertEquals(33, entries.stream().filter(e -> e.action.equals("ADD_ENTITY")).count());
        assertEquals(15, entries.stream().filter(e -> e.action.equals("ADD_RELATION")).count());
    }
}
