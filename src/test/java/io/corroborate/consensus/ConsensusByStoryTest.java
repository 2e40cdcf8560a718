package io.corroborate.consensus;

import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Consensus runs story by story: a change recomputes its own story only, and reads never compute. */
@QuarkusTest
class ConsensusByStoryTest {

    private static final AtomicLong RUN = new AtomicLong(System.nanoTime() % 1_000_000);
    private static final String SEED_FACT = "terrorist-designation-lifted-date";
    private static final String CONSENSUS = "query($id: ID!) { fact(id: $id) { consensus { values computedAt stale } } }";
    private static final String RELIABILITY = """
            query($id: ID!, $story: ID) { source(id: $id) { all: reliability { facts computedAt }
                inStory: reliability(story: $story) { facts } } }""";

    @Inject
    ConsensusRefresh refresh;

    private final String n = String.valueOf(RUN.incrementAndGet());
    private String curator;

    @BeforeEach
    void signIn() {
        curator = GraphQL.login("curator", "curator");
    }

    @Test
    void aNewStoryIsComputedFromItsOwnClaimsWithoutRecomputingTheOthers() {
        refresh.refreshIfStale();
        String seedComputedAt = GraphQL.data(CONSENSUS, Map.of("id", SEED_FACT)).getString("fact.consensus.computedAt");
        addSources();
        String first = story("first");
        String second = story("second");
        claim(first, "wire", "3 July 2025");
        claim(first, "rival", "July 3, 2025");
        assertNull(GraphQL.data(CONSENSUS, Map.of("id", first)).get("fact.consensus"), "a read does not compute a story");
        claim(second, "wire", "3 July 2025");
        refresh.refreshIfStale();

        JsonPath fresh = GraphQL.data(CONSENSUS, Map.of("id", first));
        // in content order (by source key: rival before wire), whatever was recorded first
        assertEquals(List.of("July 3, 2025", "3 July 2025"), fresh.getList("fact.consensus.values"));
        assertFalse(fresh.getBoolean("fact.consensus.stale"));
        JsonPath seed = GraphQL.data(CONSENSUS, Map.of("id", SEED_FACT));
        assertEquals(seedComputedAt, seed.getString("fact.consensus.computedAt"), "the seed story was not recomputed");

        JsonPath wire = GraphQL.data(RELIABILITY, Map.of("id", "wire-" + n, "story", "first-" + n));
        assertEquals(1, wire.getInt("source.inStory.facts"));
        assertEquals(2, wire.getInt("source.all.facts"), "over all stories the counts add up");
    }

    @Test
    void aChangeMakesOnlyItsOwnStoryStaleUntilItsNextRun() {
        addSources();
        String fact = story("only");
        claim(fact, "wire", "3 July 2025");
        refresh.refreshIfStale();
        assertFalse(GraphQL.data(CONSENSUS, Map.of("id", fact)).getBoolean("fact.consensus.stale"));

        claim(fact, "rival", "July 3, 2025");
        assertTrue(GraphQL.data(CONSENSUS, Map.of("id", fact)).getBoolean("fact.consensus.stale"));
        assertFalse(GraphQL.data(CONSENSUS, Map.of("id", SEED_FACT)).getBoolean("fact.consensus.stale"));
        refresh.refreshIfStale();
        assertFalse(GraphQL.data(CONSENSUS, Map.of("id", fact)).getBoolean("fact.consensus.stale"));
    }

    private void addSources() {
        for (String source : List.of("wire", "rival")) {
            String text = source.equals("wire") ? "The talks opened on 3 July 2025 in Kabul." : "Talks opened July 3, 2025, officials said.";
            GraphQL.data("mutation($i: NewSource!) { addSource(input: $i) { id } }", Map.of("i", Map.of("id", source + "-" + n,
                    "headline", "About the talks", "language", "en", "published", "2025-07-05", "text", text)), curator);
        }
    }

    /** A new story with one DATE fact; returns the fact's id. */
    private String story(String name) {
        String story = name + "-" + n;
        GraphQL.data("mutation($i: NewStory!) { addStory(input: $i) { id } }", Map.of("i", Map.of("id", story, "title", name)), curator);
        GraphQL.data("mutation($i: NewFact!) { addFact(input: $i) { id } }",
                Map.of("i", Map.of("id", story + "-date", "story", story, "kind", "DATE", "question", "When did the talks open?")), curator);
        return story + "-date";
    }

    private void claim(String fact, String source, String value) {
        GraphQL.data("mutation($i: NewClaim!) { addClaim(input: $i) { id } }",
                Map.of("i", Map.of("fact", fact, "source", source + "-" + n, "value", value)), curator);
    }
}
