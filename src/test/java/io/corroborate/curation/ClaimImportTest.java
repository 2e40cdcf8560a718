package io.corroborate.curation;

import io.corroborate.compare.Comparisons;
import io.corroborate.GraphQL;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.corroborate.source.Source;
import io.corroborate.user.AppUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ClaimImportTest {

    String curator;
    String n;

    @BeforeEach
    void scene() {
        curator = GraphQL.login("curator", "curator");
        n = String.valueOf(System.nanoTime() % 1_000_000_000L);
        storyAndSource("import-" + n, "ministry-" + n, curator);
    }

    /** A story to import into and a source with the test article. */
    static void storyAndSource(String story, String source, String token) {
        GraphQL.data("mutation($i: NewStory!) { addStory(input: $i) { id } }", Map.of("i", Map.of("id", story, "title", "Import")), token);
        Map<String, Object> input = new HashMap<>(Map.of("id", source, "headline", "Ministry", "language", "en",
                "published", "2025-07-05", "text", CurationApiTest.ARTICLE));
        GraphQL.data(CurationApiTest.ADD_SOURCE, Map.of("input", input), token);
    }

    private String goodLines() {
        return String.join("\n",
                "{\"fact\": \"turnout-" + n + "\", \"story\": \"import-" + n + "\", \"kind\": \"QUANTITY\", \"question\": \"Turnout\","
                        + " \"source\": \"ministry-" + n + "\", \"value\": \"at least 150 people\"}",
                "{\"fact\": \"turnout-" + n + "\", \"source\": \"store-" + n + "\", \"sourceHeadline\": \"A data set\","
                        + " \"value\": \"152 people\"}",
                "{\"fact\": \"ceremony-date-" + n + "\", \"story\": \"import-" + n + "\", \"kind\": \"DATE\", \"question\": \"When\","
                        + " \"source\": \"ministry-" + n + "\", \"value\": \"3 July 2025\"}",
                "");
    }

    private io.restassured.response.ValidatableResponse post(String body, String contentType, String token) {
        var request = given().contentType(contentType).body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        var response = request.when().post("/import/claims").then();
        Comparisons.settle();
        return response;
    }

    @Test
    void anImportFromTheConfiguredSizeRefreshesThePlannerStatisticsAndASmallerOneDoesNot() {
        post(goodLines(), "application/x-ndjson", curator).statusCode(200).body("accepted", equalTo(3));
        assertEquals(storedClaims(), plannedClaims(), "ANALYZE ran after the rows were written");
        post("{\"fact\": \"turnout-" + n + "\", \"source\": \"late-" + n + "\", \"sourceHeadline\": \"Late\", \"value\": \"151 people\"}\n",
                "application/x-ndjson", curator).statusCode(200).body("accepted", equalTo(1));
        assertEquals(storedClaims() - 1, plannedClaims(), "one claim is below analyze-from (3 in tests)");
    }

    private static long storedClaims() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Claim.getEntityManager()
                .createNativeQuery("select count(*) from " + schema() + ".claim").getSingleResult()).longValue());
    }

    private static long plannedClaims() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Claim.getEntityManager()
                .createNativeQuery("select reltuples from pg_class where oid = to_regclass(?1)").setParameter(1, schema() + ".claim")
                .getSingleResult()).longValue());
    }

    private static String schema() {
        return ConfigProvider.getConfig().getValue("quarkus.hibernate-orm.database.default-schema", String.class);
    }

    @Test
    void aGoodFileIsWrittenWholeWithTheFactsAndSourcesItNames() {
        JsonPath report = post(goodLines(), "application/x-ndjson", curator).statusCode(200).extract().jsonPath();
        assertEquals(true, report.getBoolean("committed"));
        assertEquals(3, report.getInt("accepted"));
        assertEquals(2, report.getInt("createdFacts"));
        assertEquals(1, report.getInt("createdSources"));
        JsonPath fact = GraphQL.data("query($id: ID!) { fact(id: $id) { claims { source { id } excerpt { exact } curatedBy history { action } }"
                + " comparison { verdict } } }", Map.of("id", "turnout-" + n));
        assertEquals(List.of("ministry-" + n, "store-" + n), fact.getList("fact.claims.source.id"));
        assertTrue(fact.getString("fact.claims[0].excerpt.exact").contains("at least 150 people"));
        assertEquals(null, (Object) fact.get("fact.claims[1].excerpt"), "a source without text gives no excerpt");
        assertEquals("curator", fact.getString("fact.claims[0].curatedBy"));
        assertEquals(List.of("IMPORT_CLAIMS"), fact.getList("fact.claims[0].history.action"));
        assertEquals("CONSISTENT", fact.getString("fact.comparison.verdict"));
    }

    @Test
    void aFileWithBadLinesIsRefusedWholeWithTheReasonsAndChangesNothing() {
        List<Long> before = counts();
        String body = goodLines()
                + "{\"fact\": \"turnout-" + n + "\", \"source\": \"ministry-" + n + "\", \"value\": \"at least 150 people\", \"excerpt\": \"they said at least 150 people came\"}\n"
                + "{\"fact\": \"no-such-fact\", \"source\": \"ministry-" + n + "\", \"value\": \"3\"}\n"
                + "this is not json\n"
                + "{\"fact\": \"turnout-" + n + "\", \"source\": \"ministry-" + n + "\", \"value\": \"at least 150 people\", \"colour\": \"red\"}\n";
        JsonPath report = post(body, "application/x-ndjson", curator).statusCode(422).extract().jsonPath();
        assertEquals(false, report.getBoolean("committed"));
        assertEquals(0, report.getInt("accepted"));
        assertTrue(report.getInt("rejected") >= 3, report.prettify());
        assertEquals(4, report.getInt("errors[0].line"));
        assertEquals("excerpt", report.getString("errors[0].field"));
        assertEquals(5, report.getInt("errors[1].line"));
        assertTrue(report.getString("errors[1].message").contains("No fact with id \"no-such-fact\""));
        assertEquals(before, counts());
        assertTrue(Fact.byKey("turnout-" + n).isEmpty());
        assertTrue(Source.byKey("store-" + n).isEmpty());
    }

    @Test
    void csvWorksToo() {
        String csv = "fact,story,kind,question,source,value\n"
                + "csv-turnout-" + n + ",import-" + n + ",QUANTITY,Turnout,ministry-" + n + ",at least 150 people\n";
        post(csv, "text/csv", curator).statusCode(200).body("accepted", equalTo(1));
        assertEquals(1, Claim.count("key", "csv-turnout-" + n + "/ministry-" + n));
    }

    @Test
    void importingNeedsACurator() {
        post(goodLines(), "application/x-ndjson", null).statusCode(401);
        QuarkusTransaction.requiringNew().run(() -> AppUser.create("viewer-" + n, "pw-" + n, List.of()));
        post(goodLines(), "application/x-ndjson", GraphQL.login("viewer-" + n, "pw-" + n)).statusCode(403);
        assertTrue(Fact.byKey("turnout-" + n).isEmpty());
    }

    private static List<Long> counts() {
        return List.of(Claim.count(), Fact.count(), Source.count(), AuditEvent.count());
    }

    @Test
    void aRetriedImportIsRefusedInsteadOfDoublingTheClaims() {
        post(goodLines(), "application/x-ndjson", curator).statusCode(200);
        int before = GraphQL.data("{ fact(id: \"turnout-" + n + "\") { claims { id } } }").getList("fact.claims").size();
        JsonPath report = post(goodLines(), "application/x-ndjson", curator).statusCode(422).extract().jsonPath();
        assertTrue(report.getString("errors[0].message").contains("already has this claim"), report.prettify());
        assertEquals(before, GraphQL.data("{ fact(id: \"turnout-" + n + "\") { claims { id } } }").getList("fact.claims").size());
    }
}
