package io.corroborate.curation;

import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The write paths refuse what PostgreSQL cannot store or no one would write (a NUL, a URL that is not a web address,
 * a language that is not a tag, an amount of 1e400) with BAD_USER_INPUT naming the field, and write nothing.
 */
@QuarkusTest
class InputChecksTest {

    private static final AtomicLong RUN = new AtomicLong(System.nanoTime() % 1_000_000 + 500_000);
    private static final String ADD_SOURCE = "mutation($i: NewSource!) { addSource(input: $i) { id url language } }";

    String curator;
    String n;

    @BeforeEach
    void signIn() {
        curator = GraphQL.login("curator", "curator");
        n = String.valueOf(RUN.incrementAndGet());
    }

    private Map<String, Object> source(String field, String value) {
        Map<String, Object> input = new HashMap<>(Map.of("id", "checked-" + n, "headline", "A headline", "language", "en",
                "text", "At least 150 people attended."));
        input.put(field, value);
        return input;
    }

    private static void refused(JsonPath answer, String field) {
        assertEquals("BAD_USER_INPUT", answer.getString("errors[0].extensions.code"), answer.prettify());
        assertEquals(field, answer.getString("errors[0].extensions.details.field"), answer.prettify());
    }

    @ParameterizedTest
    @CsvSource({"url, ftp://example.org/a", "url, javascript:alert(1)", "url, example.org", "language, english!", "language, en_US",
            "language, 12"})
    void aSourceWithAnUnreadableUrlOrLanguageIsRefused(String field, String value) {
        refused(GraphQL.post(ADD_SOURCE, Map.of("i", source(field, value)), curator).extract().jsonPath(), field);
        assertTrue(GraphQL.data("query($id: ID!) { source(id: $id) { id } }", Map.of("id", "checked-" + n)).getMap("source") == null);
    }

    @Test
    void aWellFormedUrlAndLanguageAreKept() {
        Map<String, Object> input = source("url", "https://example.org/a?b=1");
        input.put("language", "pt-BR");
        JsonPath added = GraphQL.data(ADD_SOURCE, Map.of("i", input), curator);
        assertEquals("https://example.org/a?b=1", added.getString("addSource.url"));
        assertEquals("pt-BR", added.getString("addSource.language"));
        refused(GraphQL.post("mutation($id: ID!) { updateSource(id: $id, version: 0, changes: {url: \"file:///etc/passwd\"}) { id } }",
                Map.of("id", "checked-" + n), curator).extract().jsonPath(), "url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "-1e400", "1e-400"})
    void anAmountNoOneWritesIsRefusedNotStoredAsInfinity(String amount) {
        GraphQL.data("mutation($i: NewStory!) { addStory(input: $i) { id } }", Map.of("i", Map.of("id", "amounts-" + n, "title", "Amounts")), curator);
        GraphQL.data("mutation($i: NewFact!) { addFact(input: $i) { id } }", Map.of("i", Map.of("id", "amount-" + n, "story", "amounts-" + n,
                "kind", "QUANTITY", "question", "How many attended")), curator);
        GraphQL.data(ADD_SOURCE, Map.of("i", source("url", null)), curator);
        String document = "mutation { addClaim(input: {fact: \"amount-" + n + "\", source: \"checked-" + n
                + "\", value: \"150 people\", quantity: {amount: " + amount + "}}) { id } }";
        refused(GraphQL.post(document, Map.of(), curator).extract().jsonPath(), "quantity.amount");
        assertTrue(GraphQL.data("query($id: ID!) { fact(id: $id) { claims { id } } }", Map.of("id", "amount-" + n))
                .getList("fact.claims").isEmpty());
    }

    @Test
    void aNulInAnyWrittenTextIsRefusedBeforeItReachesTheDatabase() {
        refused(GraphQL.post("mutation($i: NewStory!) { addStory(input: $i) { id } }",
                Map.of("i", Map.of("id", "nul-" + n, "title", "a\u0000b")), curator).extract().jsonPath(), "$i.title");
        refused(GraphQL.post("mutation { addStory(input: {id: \"nul-" + n + "\", title: \"x\", summary: \"\\u0000\"}) { id } }",
                Map.of(), curator).extract().jsonPath(), "input.summary");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"fact\": \"recognition-announcement-date\", \"source\": \"nysun\", \"value\": \"a\\u0000b\"}|value",
            "{\"fact\": \"recognition-announcement-date\", \"source\": \"nysun\\u0000\", \"value\": \"x\"}|source",
            "{\"fact\": \"recognition-announcement-date\", \"source\": \"nysun\", \"value\": \"\\ud800\"}|value",
            "{\"fact\": \"recognition-announcement-date\", \"source\": \"new-%s\", \"sourceHeadline\": \"h\", \"sourceLanguage\": \"english!\", \"value\": \"x\"}|sourceLanguage"})
    void anImportLineWithUnstorableTextIsRefusedByField(String line, String field) {
        JsonPath report = given().contentType("application/x-ndjson").header("Authorization", "Bearer " + curator)
                .body(line.formatted(n).getBytes(StandardCharsets.UTF_8)).when().post("/import/claims").then().statusCode(422).extract().jsonPath();
        assertFalse(report.getBoolean("committed"));
        assertEquals(field, report.getString("errors[0].field"), report.prettify());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "[[[[[]]]]]", "{\"unknown\": 1}", "{\"fact\": [1]}"})
    void anImportWithoutClaimsOrWithBrokenLinesIsRefusedInPlainWords(String body) {
        String answer = given().contentType("application/x-ndjson").header("Authorization", "Bearer " + curator).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/import/claims").then().statusCode(422).extract().asString();
        assertFalse(answer.matches("(?s).*(io\\.corroborate|com\\.fasterxml|java\\.|JsonToken|Exception).*"), answer);
    }
}
