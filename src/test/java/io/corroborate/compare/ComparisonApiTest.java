package io.corroborate.compare;

import io.corroborate.GraphQL;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Excerpt;
import io.corroborate.fact.Fact;
import io.corroborate.fact.FactKind;
import io.corroborate.source.Source;
import io.corroborate.value.QuantityParser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The verdicts a careful reader of the five seed articles would give. */
@QuarkusTest
class ComparisonApiTest {

    private static final String COMPARISON = """
            query($id: ID!) { fact(id: $id) { comparisonPending comparison { verdict explanation severity
                groups { values claims { id } sources { id } }
                conflicts { kind explanation left { id source { id } } right { id source { id } } } } } }""";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            terrorist-designation-lifted-date   | AGREE
            terrorist-designation-year          | AGREE
            crocus-attack-perpetrator           | AGREE
            crocus-attack-city                  | AGREE
            recognition-announcement-date       | CONSISTENT
            crocus-attack-date                  | CONSISTENT
            putin-allies-remark-date            | CONSISTENT
            time-from-takeover-to-recognition   | CONSISTENT
            taliban-return-to-power-date        | CONSISTENT
            ambassador-credentials-date         | SINGLE_SOURCE
            muttaqi-on-recognition              | CONFLICT
            mujahid-thankful-bold-decision      | CONFLICT
            muttaqi-title                       | WORDING_DIFFERS
            first-to-recognize-taliban          | CONSISTENT
            crocus-attack-death-toll            | SINGLE_SOURCE
            tajik-migrant-community-size        | SINGLE_SOURCE
            """)
    void verdictsOnTheSeedCorpus(String fact, Verdict verdict) {
        assertEquals(verdict.name(), comparison(fact).getString("fact.comparison.verdict"));
    }

    @Test
    void theRecognitionDateIsOneGroupOfCompatibleDates() {
        JsonPath data = comparison("recognition-announcement-date");
        assertEquals(1, data.getList("fact.comparison.groups").size());
        assertEquals(java.util.Set.of("nysun", "mamedov", "goals-review"), java.util.Set.copyOf(data.getList("fact.comparison.groups[0].sources.id")));
        assertTrue(data.getString("fact.comparison.explanation").startsWith("The 3 sources do not contradict each other"));
    }

    @Test
    void boldVersusBraveIsAWordingConflictAndBoldDecisionIsASuspectedMisattribution() {
        JsonPath data = comparison("muttaqi-on-recognition");
        List<String> kinds = data.getList("fact.comparison.conflicts.kind");
        assertTrue(kinds.containsAll(List.of("WORDING", "ATTRIBUTION")), kinds.toString());
        int wording = kinds.indexOf("WORDING");
        String explanation = data.getString("fact.comparison.conflicts[" + wording + "].explanation");
        assertTrue(explanation.contains("\"brave\" where the other has \"bold\""), explanation);
        assertTrue(explanation.startsWith("Daily Euro Times quotes Amir Khan Muttaqi"), explanation);
        int attribution = kinds.indexOf("ATTRIBUTION");
        assertEquals("mujahid-thankful-bold-decision/nysun",
                data.getString("fact.comparison.conflicts[" + attribution + "].right[0].id"));
        assertTrue(data.getInt("fact.comparison.severity") >= ConflictKind.ATTRIBUTION.severity() * 1000);
    }

    @Test
    void theWorklistPutsMisattributionsFirstAndFiltersByKind() {
        JsonPath all = GraphQL.data("""
                { discrepancies(story: "russia-recognizes-taliban-2025", first: 100) { totalCount
                    edges { node { id comparison { severity conflicts { kind } } } } } }""");
        List<Integer> severities = all.getList("discrepancies.edges.node.comparison.severity");
        assertTrue(severities.size() >= 3);
        for (int i = 1; i < severities.size(); i++) {
            assertTrue(severities.get(i - 1) >= severities.get(i), "most severe first: " + severities);
        }
        assertTrue(all.getList("discrepancies.edges[0].node.comparison.conflicts.kind").contains("ATTRIBUTION"));
        List<String> wordings = GraphQL.data("""
                { discrepancies(kinds: [WORDING], first: 100) { edges { node { id comparison { conflicts { kind } } } } } }""")
                .getList("discrepancies.edges.node.id");
        assertTrue(wordings.contains("muttaqi-on-recognition"), wordings.toString());
        assertTrue(!wordings.contains("mujahid-thankful-bold-decision"), wordings.toString());
    }

    @Test
    void theWorklistPagesWithCursors() {
        JsonPath first = GraphQL.data("{ discrepancies(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }");
        JsonPath second = GraphQL.data("query($after: String) { discrepancies(first: 2, after: $after) { pageInfo { hasPreviousPage } edges { node { id } } } }",
                Map.of("after", first.getString("discrepancies.pageInfo.endCursor")));
        assertTrue(first.getBoolean("discrepancies.pageInfo.hasNextPage"));
        assertTrue(second.getBoolean("discrepancies.pageInfo.hasPreviousPage"));
        List<String> ids = second.getList("discrepancies.edges.node.id");
        assertTrue(ids.stream().noneMatch(first.getList("discrepancies.edges.node.id")::contains));
    }

    @Test
    void comparingTwoSources() {
        JsonPath data = GraphQL.data("""
                { compareSources(a: "daily-euro-times", b: "goals-review") {
                    agree { id } consistent { id } conflict { id } wordingDiffers { id } onlyA { id } onlyB { id } } }""");
        assertTrue(data.getList("compareSources.agree.id").containsAll(List.of("terrorist-designation-lifted-date", "terrorist-designation-year")));
        assertTrue(data.getList("compareSources.consistent.id").contains("crocus-attack-date"));
        assertTrue(data.getList("compareSources.conflict.id").contains("muttaqi-on-recognition"));
        assertTrue(data.getList("compareSources.wordingDiffers.id").contains("muttaqi-title"));
        assertTrue(data.getList("compareSources.onlyA.id").contains("crocus-attack-death-toll"));
        assertTrue(data.getList("compareSources.onlyB.id").contains("soviet-withdrawal-year"));
    }

    @Test
    void comparingASourceWithItselfOrAnUnknownOneIsAClientError() {
        GraphQL.post("{ compareSources(a: \"nysun\", b: \"nysun\") { agree { id } } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.post("{ compareSources(a: \"nysun\", b: \"nope\") { agree { id } } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void everySourceHasAnAgreementRecord() {
        JsonPath data = GraphQL.data("{ sources { id agreement { facts shared corroborated contradicted corroborationRate } } }");
        for (Map<String, Object> agreement : data.<Map<String, Object>>getList("sources.agreement")) {
            int facts = (Integer) agreement.get("facts");
            int shared = (Integer) agreement.get("shared");
            assertTrue(facts > 0 && shared <= facts && (Integer) agreement.get("corroborated") <= shared, agreement.toString());
        }
        int goals = data.getList("sources.id").indexOf("goals-review");
        assertTrue(data.getInt("sources[" + goals + "].agreement.contradicted") >= 2);
    }

    @Test
    void aNewClaimChangesTheVerdictAtOnce() {
        assertEquals("SINGLE_SOURCE", comparison("crocus-attack-death-toll").getString("fact.comparison.verdict"));
        Long claimId = addQuantityClaim("crocus-attack-death-toll", "test-contradiction", "at most 100 people");
        try {
            JsonPath queued = GraphQL.data("{ fact(id: \"crocus-attack-death-toll\") { comparisonPending comparison { verdict } } }");
            assertEquals(true, queued.getBoolean("fact.comparisonPending"), "a write around the API is queued");
            assertEquals("SINGLE_SOURCE", queued.getString("fact.comparison.verdict"), "a read serves the stored verdict, never computes");
            Comparisons.settle();
            JsonPath after = comparison("crocus-attack-death-toll");
            assertEquals(false, after.getBoolean("fact.comparisonPending"));
            assertEquals("CONFLICT", after.getString("fact.comparison.verdict"));
            assertEquals("VALUE", after.getString("fact.comparison.conflicts[0].kind"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Claim.deleteById(claimId));
            Comparisons.settle();
        }
        assertEquals("SINGLE_SOURCE", comparison("crocus-attack-death-toll").getString("fact.comparison.verdict"));
    }

    @Test
    void aRangeIsStoredWithItsUpperAmountAndComparedAsAnInterval() {
        Long claimId = addQuantityClaim("crocus-attack-death-toll", "test-range", "between 140 and 150 people");
        Comparisons.settle();
        try {
            JsonPath data = GraphQL.data("""
                    query($id: ID!) { claim(id: $id) { value { ... on QuantityValue { amount upperAmount qualifier unit } } } }""",
                    Map.of("id", "crocus-attack-death-toll/test-range"));
            assertEquals(Map.of("amount", 140, "upperAmount", 150, "qualifier", "BETWEEN", "unit", "person"), data.getMap("claim.value"));
            assertEquals("CONSISTENT", comparison("crocus-attack-death-toll").getString("fact.comparison.verdict"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Claim.deleteById(claimId));
            Comparisons.settle();
        }
    }

    @Test
    void aWeekdayInAnArticleKnownToTheMonthIsStoredAsItsCandidateDays() {
        JsonPath data = GraphQL.data("""
                { fact(id: "ambassador-credentials-date") { claims { source { id } value { ... on DateValue { precision days } } } } }""");
        assertEquals(List.of("daily-euro-times"), data.getList("fact.claims.source.id"));
        assertEquals(List.of("2025-06-26", "2025-07-03", "2025-07-10", "2025-07-17", "2025-07-24", "2025-07-31"),
                data.getList("fact.claims[0].value.days"));
        assertEquals("DAY", data.getString("fact.claims[0].value.precision"));
        assertEquals(null, GraphQL.data("""
                { fact(id: "ambassador-credentials-copy-date") { claims { value { ... on DateValue { days } } } } }""")
                .getList("fact.claims[0].value.days"), "July 1 is one day, not a set of candidates");
    }

    private static Long addQuantityClaim(String factKey, String key, String written) {
        Long id = QuarkusTransaction.requiringNew().call(() -> {
            Claim claim = new Claim();
            claim.key = factKey + "/" + key;
            claim.factId = Fact.byKey(factKey).orElseThrow().id;
            claim.kind = FactKind.QUANTITY;
            claim.sourceId = Source.byKey("nysun").orElseThrow().id;
            claim.valueAsWritten = written;
            claim.setValue(QuantityParser.parse(written));
            claim.excerpt = new Excerpt();
            claim.excerpt.exact = written;
            claim.excerpt.start = 0;
            claim.excerpt.end = written.length();
            claim.excerpt.prefix = "";
            claim.excerpt.suffix = "";
            claim.curatedBy = "test";
            claim.curatedAt = Instant.now();
            claim.persist();
            return claim.id;
        });
        return id;
    }

    private static JsonPath comparison(String fact) {
        return GraphQL.data(COMPARISON, Map.of("id", fact));
    }
}
