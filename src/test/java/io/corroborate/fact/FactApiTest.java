package io.corroborate.fact;

import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class FactApiTest {

    private static final String PAGE = """
            query($first: Int, $after: String, $kind: FactKind, $source: ID, $entity: ID, $story: ID, $search: String) {
              facts(first: $first, after: $after, kind: $kind, source: $source, entity: $entity, story: $story, search: $search) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id kind question claims { source { id } } entities { id } } }
              }
            }""";

    @Test
    void theCuratedCorpusCoversEveryKindAndSource() {
        JsonPath data = GraphQL.data("""
                { story(id: "russia-recognizes-taliban-2025") { id facts { kind claims { id } } sources { id } } }""");
        List<String> kinds = data.getList("story.facts.kind");
        assertTrue(kinds.size() >= 30, kinds.size() + " facts");
        assertEquals(new HashSet<>(List.of("DATE", "QUANTITY", "QUOTE", "TEXT", "YES_NO", "ENTITY", "SET")), new HashSet<>(kinds));
        List<List<?>> claims = data.getList("story.facts.claims");
        assertTrue(claims.stream().mapToInt(List::size).sum() >= 80);
        assertEquals(List.of("nysun", "bold-new-alliance", "daily-euro-times", "mamedov", "goals-review"),
                data.getList("story.sources.id"));
    }

    @Test
    void pagingThroughAllFactsVisitsEachOnceInOrder() {
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        long total;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("first", 7);
            variables.put("after", after);
            // the seed story's facts only: other tests add facts of their own stories to the shared schema
            variables.put("story", "russia-recognizes-taliban-2025");
            JsonPath page = GraphQL.data(PAGE, variables);
            total = page.getLong("facts.totalCount");
            seen.addAll(page.getList("facts.edges.node.id"));
            assertEquals(after != null, page.getBoolean("facts.pageInfo.hasPreviousPage"));
            after = page.getBoolean("facts.pageInfo.hasNextPage") ? page.getString("facts.pageInfo.endCursor") : null;
            pages++;
        } while (after != null && pages < 100);
        assertEquals(total, seen.size());
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no fact twice");
        assertEquals((total + 6) / 7, pages);
        assertEquals("recognition-announcement-date", seen.get(0));
    }

    @Test
    void filtersCombine() {
        JsonPath quotes = GraphQL.data(PAGE, Map.of("kind", "QUOTE", "source", "goals-review", "first", 100));
        List<Map<String, Object>> nodes = quotes.getList("facts.edges.node");
        assertFalse(nodes.isEmpty());
        for (Map<String, Object> node : nodes) {
            assertEquals("QUOTE", node.get("kind"));
            assertTrue(node.toString().contains("id=goals-review"), node.toString());
        }
        assertEquals(nodes.size(), quotes.getInt("facts.totalCount"));
        assertTrue(quotes.getList("facts.edges.node.id").contains("muttaqi-on-recognition"));
    }

    @Test
    void entityFilterFindsFactsAboutTheEntityAndQuotesAttributedToIt() {
        JsonPath mujahid = GraphQL.data(PAGE, Map.of("entity", "zabihullah-mujahid", "first", 100));
        List<String> ids = mujahid.getList("facts.edges.node.id");
        assertTrue(ids.containsAll(List.of("mujahid-thankful-bold-decision", "mujahid-new-chapter", "mujahid-positive-message")), ids.toString());
        assertFalse(ids.contains("crocus-attack-death-toll"));
    }

    @Test
    void searchLooksInQuestionsValuesAndExcerptsIgnoringCase() {
        List<String> byValue = GraphQL.data(PAGE, Map.of("search", "AT LEAST 143")).getList("facts.edges.node.id");
        assertTrue(byValue.contains("crocus-attack-death-toll"), byValue.toString());
        assertFalse(byValue.contains("muttaqi-title"), "only facts whose question, value or excerpt has the text");
        List<String> byQuestion = GraphQL.data(PAGE, Map.of("search", "people KILLED")).getList("facts.edges.node.id");
        assertTrue(byQuestion.contains("crocus-attack-death-toll"), byQuestion.toString());
        List<String> wildcard = GraphQL.data(PAGE, Map.of("search", "%")).getList("facts.edges.node.id");
        assertEquals(List.of(), wildcard, "% is searched literally, not as a wildcard");
    }

    @Test
    void aFactCarriesTypedValuesAndProvenance() {
        JsonPath fact = GraphQL.data("""
                { fact(id: "crocus-attack-death-toll") { question kind story { id }
                    claims { id valueAsWritten curatedBy curatedAt source { id outlet published { earliest latest precision } }
                      excerpt { exact start end }
                      value { __typename ... on QuantityValue { amount unit qualifier } } } } }""");
        assertEquals("QUANTITY", fact.getString("fact.kind"));
        assertEquals("russia-recognizes-taliban-2025", fact.getString("fact.story.id"));
        assertEquals("at least 143 people", fact.getString("fact.claims[0].valueAsWritten"));
        assertEquals("QuantityValue", fact.getString("fact.claims[0].value.__typename"));
        assertEquals(143, fact.getInt("fact.claims[0].value.amount"));
        assertEquals("person", fact.getString("fact.claims[0].value.unit"));
        assertEquals("AT_LEAST", fact.getString("fact.claims[0].value.qualifier"));
        assertEquals("Daily Euro Times", fact.getString("fact.claims[0].source.outlet"));
        assertEquals("MONTH", fact.getString("fact.claims[0].source.published.precision"));
        assertTrue(fact.getString("fact.claims[0].excerpt.exact").contains("at least 143 people"));
    }

    @Test
    void datesAreIntervalsAndRelativeDatesResolveAgainstPublication() {
        JsonPath fact = GraphQL.data("""
                { fact(id: "assad-fled-date") { claims { valueAsWritten
                    value { ... on DateValue { earliest latest precision } } } } }""");
        assertEquals("December", fact.getString("fact.claims[0].valueAsWritten"));
        assertEquals("2024-12-01", fact.getString("fact.claims[0].value.earliest"));
        assertEquals("2024-12-31", fact.getString("fact.claims[0].value.latest"));
        assertEquals("MONTH", fact.getString("fact.claims[0].value.precision"));
    }

    @Test
    void quotesNameTheirSpeaker() {
        JsonPath fact = GraphQL.data("""
                { fact(id: "muttaqi-on-recognition") { claims { source { id }
                    value { ... on QuoteValue { text speaker { id name } } } } } }""");
        assertEquals(List.of("brave decision will be an example for others", "bold decision"), fact.getList("fact.claims.value.text"));
        assertEquals(List.of("amir-khan-muttaqi", "amir-khan-muttaqi"), fact.getList("fact.claims.value.speaker.id"));
    }

    @Test
    void unknownIdsGiveNullNotErrors() {
        GraphQL.post("""
                { fact(id: "no-such-fact") { id } source(id: "nope") { id } story(id: "nope") { id }
                  entity(id: "nope") { id } claim(id: "nope/nope") { id } }""")
                .body("errors", equalTo(null))
                .body("data.fact", equalTo(null))
                .body("data.source", equalTo(null))
                .body("data.claim", equalTo(null));
    }

    @Test
    void unknownFilterIdsAreNotFoundErrors() {
        GraphQL.post(PAGE, Map.of("source", "no-such-source"))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", containsString("No source with id \"no-such-source\""))
                .body("data.facts", equalTo(null));
    }

    @Test
    void pageSizesOutsideTheLimitsAreBadUserInput() {
        for (int first : new int[] {0, -1, 101}) {
            GraphQL.post(PAGE, Map.of("first", first))
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", containsString("between 1 and 100"));
        }
    }

    @Test
    void aForgedCursorIsBadUserInputAndLeaksNothing() {
        for (String cursor : new String[] {"garbage!", "c3Rvcnk6MQ", ""}) {
            GraphQL.post(PAGE, Map.of("after", cursor))
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].extensions.exception", equalTo(null))
                    .body("errors[0].message", not(containsString("java")));
        }
    }

    @Test
    void aFactWithoutClaimsOfTheFilteredSourceIsLeftOut() {
        JsonPath page = GraphQL.data(PAGE, Map.of("source", "bold-new-alliance", "kind", "QUANTITY"));
        assertEquals(0, page.getInt("facts.totalCount"));
        assertNull(page.get("facts.pageInfo.endCursor"));
        assertFalse(page.getBoolean("facts.pageInfo.hasNextPage"));
    }
}
