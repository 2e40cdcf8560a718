package io.corroborate.consensus.book;

import io.corroborate.GraphQL;
import io.corroborate.consensus.ConsensusRefresh;
import io.corroborate.consensus.ConsensusStore;
import io.corroborate.consensus.ConsensusStrategy;
import io.corroborate.consensus.FactConsensus;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Book subset imported several times, each time with its claims in another order (each copy in a story
 * of its own, under its own fact and source keys): both strategies must choose the same values with the same confidence every time.
 */
@QuarkusTest
class BookShuffleTest {

    private static final Path DATA = Path.of(System.getProperty("book.data", "../shared/benchmarks/book"));
    private static final int SUBSET = 20;
    private static final int SHUFFLES = 4;

    @Inject
    ConsensusStore store;

    @Inject
    ConsensusRefresh refresh;

    @Test
    void theSameClaimsInAnyOrderGiveTheSameConsensus() throws Exception {
        List<BookData.Listing> listings = BookData.listings(DATA.resolve("book.txt"));
        Map<String, String> gold = BookData.gold(DATA.resolve("book_golden.txt"));
        Set<String> present = new LinkedHashSet<>();
        listings.forEach(l -> present.add(l.isbn()));
        List<String> books = gold.keySet().stream().filter(present::contains).limit(SUBSET).toList();
        List<String> lines = BookData.importLines(listings, Set.copyOf(books)).lines().toList();
        String curator = GraphQL.login("curator", "curator");
        for (ConsensusStrategy strategy : ConsensusStrategy.values()) {
            Map<Integer, Map<String, String>> outcomes = new TreeMap<>();
            for (int k = 0; k < SHUFFLES; k++) {
                if (strategy == ConsensusStrategy.ACCU) {
                    importShuffled(lines, k, curator);
                }
                outcomes.put(k, outcome(strategy, books, k));
            }
            System.out.println(strategy + " right per shuffle: " + outcomes.values().stream()
                    .map(o -> right(o, gold)).toList() + ", " + outcomes.get(0).get("run"));
            for (int k = 1; k < SHUFFLES; k++) {
                assertEquals(outcomes.get(0), outcomes.get(k), strategy + ": shuffle " + k + " differs from shuffle 0");
            }
        }
    }

    private void importShuffled(List<String> lines, int k, String curator) {
        String story = BookData.STORY + "-shuffle-" + k;
        GraphQL.post("mutation { addStory(input: {id: \"" + story + "\", title: \"Book subset, shuffle " + k + "\"}) { id } }", Map.of(), curator);
        List<String> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new Random(k));
        String body = shuffled.stream().map(l -> l.replace("\"story\":\"" + BookData.STORY + "\"", "\"story\":\"" + story + "\"")
                .replace("\"fact\":\"", "\"fact\":\"" + prefix(k)).replace("\"source\":\"", "\"source\":\"" + prefix(k))).collect(Collectors.joining("\n", "", "\n"));
        given().contentType("application/x-ndjson").header("Authorization", "Bearer " + curator)
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/import/claims").then().statusCode(200);
        refresh.refreshIfStale();
    }

    /**
     * Keys of a shuffle's facts and sources: a common prefix keeps their order (so the content rules see the
     * same problem) and gives every copy its own sources (no source list grows with the copies).
     */
    private static String prefix(int k) {
        return "shuffle-" + k + "-";
    }

    /** Per book: the normalised authors chosen, the confidence to 1e-9, whether tied, and the gold key. */
    private Map<String, String> outcome(ConsensusStrategy strategy, List<String> books, int k) {
        Map<Long, String> isbnByFact = new TreeMap<>();
        for (String isbn : books) {
            Fact.byKey(prefix(k) + BookData.factId(isbn)).ifPresent(f -> isbnByFact.put(f.id, isbn));
        }
        Map<String, String> outcome = new TreeMap<>();
        Map<Long, FactConsensus> consensus = store.forFacts(strategy, isbnByFact.keySet());
        consensus.values().stream().findFirst().ifPresent(c -> outcome.put("run", c.run().toString()));
        consensus.forEach((fact, c) -> outcome.put(isbnByFact.get(fact),
                chosen(c) + String.format(" %.9f%s", c.confidence(), c.tied() ? " tied" : "")));
        return outcome;
    }

    private static String chosen(FactConsensus consensus) {
        return Claim.<Claim>find("key", consensus.claimIds().get(0)).firstResult().interpretedAs;
    }

    private static long right(Map<String, String> outcome, Map<String, String> gold) {
        return outcome.entrySet().stream().filter(e -> gold.containsKey(e.getKey())).filter(e -> e.getValue().startsWith(
                AuthorNames.normalise(gold.get(e.getKey()).replace(";", "; ").replace(",", ", ")) + " ")).count();
    }
}
