package io.corroborate.consensus;

import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ConsensusApiTest {

    private static final String FACT = """
            query($id: ID!, $s: ConsensusStrategy) { fact(id: $id) { consensus(strategy: $s) { strategy values confidence stale
                claims { id } contributions { source { id } share } alternatives { values probability } } } }""";

    @Inject
    ConsensusRefresh refresh;

    @BeforeEach
    void refreshChangedStories() {
        refresh.refreshIfStale();
    }

    @Test
    void threeSourcesAgreeingMakeAConfidentConsensus() {
        JsonPath data = GraphQL.data(FACT, Map.of("id", "terrorist-designation-lifted-date"));
        assertEquals(List.of("April"), data.getList("fact.consensus.values"));
        assertEquals("ACCU", data.getString("fact.consensus.strategy"));
        assertTrue(data.getDouble("fact.consensus.confidence") > 0.9);
        assertEquals(3, data.getList("fact.consensus.claims").size());
        List<Float> shares = data.getList("fact.consensus.contributions.share");
        assertEquals(1.0, shares.stream().mapToDouble(Float::doubleValue).sum(), 1e-5);
        assertFalse(data.getBoolean("fact.consensus.stale"));
    }

    @Test
    void aLoneClaimIsNotCertainAndMajorityIsOfferedToo() {
        double accu = GraphQL.data(FACT, Map.of("id", "crocus-attack-death-toll")).getDouble("fact.consensus.confidence");
        assertTrue(accu > 0.2 && accu < 1, String.valueOf(accu));
        JsonPath majority = GraphQL.data(FACT, Map.of("id", "crocus-attack-death-toll", "s", "MAJORITY"));
        assertEquals("MAJORITY", majority.getString("fact.consensus.strategy"));
        assertEquals(1.0, majority.getDouble("fact.consensus.confidence"), 1e-9);
    }

    @Test
    void aConflictKeepsTheLosingValueVisible() {
        JsonPath data = GraphQL.data(FACT, Map.of("id", "muttaqi-title"));
        assertEquals(1, data.getList("fact.consensus.alternatives").size());
        double best = data.getDouble("fact.consensus.confidence");
        double other = data.getDouble("fact.consensus.alternatives[0].probability");
        assertTrue(best >= other && best < 1, best + " vs " + other);
    }

    @Test
    void aTieIsReportedWithItsAlternativeAndTheRunSaysHowItConverged() {
        String curator = GraphQL.login("curator", "curator");
        GraphQL.post("mutation { addStory(input: {id: \"tie-story\", title: \"A tie\"}) { id } }", Map.of(), curator);
        // recorded in reverse alphabetical order: the tie rule must not favour the value recorded first
        String lines = tieClaim("tie-source-b", "Zhou") + tieClaim("tie-source-a", "Adams");
        given().contentType("application/x-ndjson").header("Authorization", "Bearer " + curator)
                .body(lines.getBytes(StandardCharsets.UTF_8)).post("/import/claims").then().statusCode(200);
        refresh.refreshIfStale();
        String query = """
                query($s: ConsensusStrategy) { fact(id: "tie-fact") { consensus(strategy: $s) { values confidence tied
                    alternatives { values probability } run { iterations residual converged } } } }""";
        JsonPath majority = GraphQL.data(query, Map.of("s", "MAJORITY"));
        assertTrue(majority.getBoolean("fact.consensus.tied"));
        assertEquals(List.of("Adams"), majority.getList("fact.consensus.values"));
        assertEquals(List.of("Zhou"), majority.getList("fact.consensus.alternatives[0].values"));
        assertEquals(0.5, majority.getDouble("fact.consensus.alternatives[0].probability"), 1e-9);
        assertEquals(1, majority.getInt("fact.consensus.run.iterations"));
        assertTrue(majority.getBoolean("fact.consensus.run.converged"));
        JsonPath accu = GraphQL.data(query, Map.of("s", "ACCU"));
        assertTrue(accu.getBoolean("fact.consensus.tied"));
        assertEquals(List.of("Adams"), accu.getList("fact.consensus.values"));
        assertTrue(accu.getInt("fact.consensus.run.iterations") >= 1);
        assertTrue(accu.getBoolean("fact.consensus.run.converged"));
        assertTrue(accu.getDouble("fact.consensus.run.residual") <= 1e-6);
    }

    private static String tieClaim(String source, String value) {
        return "{\"fact\":\"tie-fact\",\"story\":\"tie-story\",\"kind\":\"TEXT\",\"question\":\"Who wrote it?\",\"source\":\""
                + source + "\",\"sourceHeadline\":\"Listing\",\"sourceOutlet\":\"" + source + "\",\"value\":\"" + value + "\"}\n";
    }

    @Test
    void everySeedSourceHasAReliabilityAndItIsStable() {
        String query = "{ sources { id reliability { score facts withConsensus againstConsensus alone copyWeight } } }";
        JsonPath first = GraphQL.data(query);
        refresh.recompute(ConsensusStrategy.ACCU);
        JsonPath second = GraphQL.data(query);
        List<Map<String, Object>> seed = first.<Map<String, Object>>getList("sources").subList(0, 5);
        for (Map<String, Object> source : seed) {
            @SuppressWarnings("unchecked")
            Map<String, Object> reliability = (Map<String, Object>) source.get("reliability");
            double score = ((Number) reliability.get("score")).doubleValue();
            assertTrue(score > 0 && score <= 1, source.toString());
            assertTrue((Integer) reliability.get("facts") > 0, source.toString());
        }
        assertEquals(first.getList("sources.reliability").subList(0, 5), second.getList("sources.reliability").subList(0, 5),
                "recomputing from the same claims gives the same scores");
    }
}
