package io.corroborate.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.execution.CoercedVariables;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The query cost: an upper bound of what an answer holds, from page sizes and the longest lists in the data. */
@QuarkusTest
class QueryCostTest {

    @Inject
    ListSizes listSizes;
    @Inject
    GraphQLConfig config;
    @Inject
    PagingConfig paging;
    @Inject
    EntityManagerFactory persistence;

    private GraphQLSchema schema;

    @BeforeEach
    void readSchemaAndSizes() {
        schema = GraphQL.servedSchema();
        listSizes.read();
    }

    private long estimate(String query) {
        return new QueryLimits(config, paging, () -> listSizes)
                .measure(schema, Parser.parse(query), null, CoercedVariables.emptyVariables()).cost();
    }

    /** Every field of the answer, counted once for each object it is in, as the cost counts them. */
    private static long values(JsonNode node) {
        long count = 0;
        if (node.isObject()) {
            for (var field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                count += 1 + values(field.getValue());
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                count += values(item);
            }
        }
        return count;
    }

    private static long answered(String query) throws Exception {
        String body = GraphQL.post(query).body("errors", nullValue()).extract().asString();
        return values(new ObjectMapper().readTree(body.getBytes(StandardCharsets.UTF_8)).get("data"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{ stories { id facts { id claims { id source { id } } } } }",
            "{ sources { id claims { id fact { id claims { id source { id } } } } } }",
            "{ facts(first: 50) { edges { node { id question kind claims { id valueAsWritten source { id outlet headline } } } } } }",
            "{ entities { id factsAbout { id entities { id } } claims { id } relations { kind object { id } } } }",
            "{ story(id: \"russia-recognizes-taliban-2025\") { sources { id claims { id } } } }",
            "{ facts(first: 20) { edges { node { comparison { groups { claims { id } sources { id } } conflicts { left { id } right { id } } } history { action } } } } }",
            "{ discrepancies(first: 10) { edges { node { id claims { id history { action } } } } } }",
            "{ compareSources(a: \"nysun\", b: \"mamedov\") { agree { id claims { id } } conflict { id } onlyA { id } } }"})
    void theCostIsAtLeastWhatTheAnswerHolds(String query) throws Exception {
        long estimate = estimate(query);
        long answered = answered(query);
        assertTrue(answered <= estimate, "answered " + answered + " values, estimated " + estimate);
        assertTrue(estimate <= config.maxCost(), "the seed queries are allowed: " + estimate);
    }

    @Test
    void aClaimReviewCostsTheValuesOfItsDocumentNotOneString() throws Exception {
        String query = "{ story(id: \"russia-recognizes-taliban-2025\") { facts { claimReview } } }";
        String body = GraphQL.post(query).body("errors", nullValue()).extract().asString();
        long held = 0;
        for (JsonNode fact : new ObjectMapper().readTree(body).at("/data/story/facts")) {
            held += 1 + values(new ObjectMapper().readTree(fact.get("claimReview").asText()));
        }
        long estimate = estimate(query);
        assertTrue(held <= estimate && estimate <= config.maxCost(), "the documents hold " + held + " values, estimated " + estimate);
    }

    @Test
    void distinctParentsCountTheLongestListsOnceAndRepeatedParentsAsTheLongest() {
        long page = estimate("{ facts(first: 50) { edges { node { claims { id } } } } }");
        long viaSources = estimate("{ facts(first: 50) { edges { node { claims { source { claims { id } } } } } } }");
        assertTrue(page < 50L * listSizes.items("Fact.claims", 1, true) + 150, "the facts of a page are distinct: " + page);
        long claimsOfPage = listSizes.items("Fact.claims", 50, true);
        assertTrue(viaSources >= claimsOfPage * listSizes.items("Source.claims", 1, true),
                "every claim's source may be the one with the most claims: " + viaSources);
    }

    @Test
    void theCostFollowsTheDataAsItGrows() {
        String query = "{ stories { facts { id } } }";
        long before = estimate(query);
        String curator = GraphQL.login("curator", "curator");
        String story = "cost-" + System.nanoTime() % 1_000_000_000L;
        GraphQL.data("mutation($i: NewStory!) { addStory(input: $i) { id } }", Map.of("i", Map.of("id", story, "title", "Cost")), curator);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            lines.append("{\"fact\": \"").append(story).append("-f").append(i).append("\", \"story\": \"").append(story)
                    .append("\", \"kind\": \"QUANTITY\", \"question\": \"Q").append(i).append("\", \"source\": \"").append(story)
                    .append("-s\", \"sourceHeadline\": \"S\", \"value\": \"").append(i).append(" people\"}\n");
        }
        given().contentType("application/x-ndjson").header("Authorization", "Bearer " + curator)
                .body(lines.toString().getBytes(StandardCharsets.UTF_8)).post("/import/claims").then().statusCode(200);
        assertTrue(estimate(query) >= before + 300, "the import read the sizes again: a story of 300 facts: " + before + " → " + estimate(query));
    }

    @Test
    void theListsOfOneObjectLookedUpByIdAreCountedExactly() throws Exception {
        String query = "{ story(id: \"russia-recognizes-taliban-2025\") { facts { id } } }";
        assertEquals(answered(query), estimate(query));
        String source = "{ source(id: \"nysun\") { claims { id } } }";
        assertEquals(answered(source), estimate(source));
    }

    @Test
    void anExactCountIsAskedOncePerListNotOncePerField() {
        String fields = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "f" + i + ": question").collect(java.util.stream.Collectors.joining(" "));
        String query = "{ story(id: \"russia-recognizes-taliban-2025\") { facts { " + fields + " claims { id source { id } } } } }";
        Statistics statistics = persistence.unwrap(SessionFactory.class).getStatistics();
        long least = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            statistics.clear();
            estimate(query);
            least = Math.min(least, statistics.getPrepareStatementCount());
        }
        assertTrue(least <= 1, "one count of the story's facts, not one per field: " + least);
    }

    @Test
    void aQueryThatCouldReturnTooMuchIsRefusedBeforeAnythingRuns() {
        // 112 characters that ran the service out of memory before the cost counted what lists return
        String query = "{stories{facts{entities{factsAbout{entities{factsAbout{entities{factsAbout{entities{factsAbout{id}}}}}}}}}}}";
        GraphQL.post(query).body("errors[0].extensions.code", equalTo("QUERY_TOO_LARGE"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("first/after"))
                .body("data", nullValue());
        assertEquals(true, estimate(query) > config.maxCost());
    }

    @Test
    void aPageSizeGivenAsAVariableCountsAsTheSameSizeWritten() {
        // a variable's Int reaches the cost as a BigDecimal: counted as the default page, $first: 100 slipped through
        String written = "{ facts(first: 100) { edges { node { claims { source { claims { id } } } } } } }";
        String asVariable = "query Page($first: Int) { facts(first: $first) { edges { node { claims { source { claims { id } } } } } } }";
        GraphQL.post(written).body("errors[0].extensions.code", equalTo("QUERY_TOO_LARGE"));
        GraphQL.post(asVariable, Map.of("first", 100)).body("errors[0].extensions.code", equalTo("QUERY_TOO_LARGE"))
                .body("data", nullValue());
        GraphQL.post(asVariable, Map.of("first", 2)).body("errors", nullValue())
                .body("data.facts.edges", org.hamcrest.Matchers.hasSize(2));
    }

    @Test
    void aNegativePageTakesNothingFromTheRestOfTheQuery() {
        String huge = "b: facts(first: 100) { edges { node { claims { source { claims { id } } } } } }";
        long alone = estimate("{ " + huge + " }");
        long withNegative = estimate("{ a: facts(first: -1000000) { edges { node { claims { source { claims { id } } } } } } " + huge + " }");
        assertTrue(withNegative >= alone, "a negative page lowered the cost from " + alone + " to " + withNegative);
        GraphQL.post("{ a: facts(first: -1000000) { edges { node { id } } } " + huge + " }")
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_LARGE"));
    }
}
