package io.corroborate.scaling;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Two packaged service instances on loopback share one PostgreSQL schema: after each write through either,
 * both give the same answers (verdicts, worklists, agreement, consensus), and concurrent writes to one story
 * through both leave both serving the same, correct verdicts. Answers are compared once neither instance
 * reports background work still pending (stale consensus, a verdict or field marked pending, a fact with
 * claims but no consensus yet), whatever mechanism maintains them.
 */
class TwoInstancesIT {

    private static final String SCHEMA = System.getenv().getOrDefault("_TEST_QUARKUS_FLYWAY_SCHEMAS", "corroborate_test") + "_two";
    private static final String STORY = "two-instances";
    private static final String SEED_STORY = "russia-recognizes-taliban-2025";
    private static final Duration SETTLE = Duration.ofSeconds(30);
    private static final Map<String, String> ARTICLES = Map.of(
            "wire", "Officials said at least 150 people attended the ceremony in Kabul on 3 July 2025.",
            "rival", "Organisers counted 90 people at the ceremony, held on July 4, 2025.",
            "third", "About 150 people came to the ceremony on 3 July 2025, the ministry said.",
            "fourth", "Police put the crowd at 90 people on 4 July 2025.");
    private static final List<String> QUERIES = List.of(
            "{ story(id: \"" + STORY + "\") { facts { id claims { id version valueAsWritten }"
                    + " comparison { verdict severity explanation conflicts { kind explanation } } } } }",
            "{ a: discrepancies(story: \"" + STORY + "\", first: 50) { totalCount edges { cursor node { id comparison { verdict } } } }"
                    + " b: discrepancies(story: \"" + SEED_STORY + "\", first: 50) { totalCount edges { node { id"
                    + " comparison { verdict conflicts { kind explanation } } } } } }",
            "{ story(id: \"" + STORY + "\") { sources { id agreement { facts shared corroborated contradicted corroborationRate } } }"
                    + " compareSources(a: \"wire\", b: \"rival\") { agree { id } consistent { id } conflict { id } onlyA { id } onlyB { id } } }",
            "{ story(id: \"" + STORY + "\") { facts { id claims { id } consensus { values confidence stale computedAt"
                    + " alternatives { values probability } } majority: consensus(strategy: MAJORITY) { values confidence stale } }"
                    + " sources { id reliability { score facts withConsensus againstConsensus alone stale } } } }");

    private static ServiceInstance a;
    private static ServiceInstance b;

    @BeforeAll
    static void startBoth() throws Exception {
        ServiceInstance.dropSchema(SCHEMA);
        a = ServiceInstance.start("a", SCHEMA, Duration.ofSeconds(90));
        // the second starts once the first has migrated the schema and loaded the corpus: they never race to migrate
        b = ServiceInstance.start("b", SCHEMA, Duration.ofSeconds(60));
        a.data("mutation($i: NewStory!) { addStory(input: $i) { id } }", Map.of("i", Map.of("id", STORY, "title", "Two instances")));
        for (Map.Entry<String, String> article : ARTICLES.entrySet()) {
            a.data("mutation($i: NewSource!) { addSource(input: $i) { id } }", Map.of("i", Map.of("id", article.getKey(),
                    "headline", "The ceremony, by " + article.getKey(), "language", "en", "published", "2025-07-05", "text", article.getValue())));
        }
        addFacts(b, "turnout", "ceremony-date");
    }

    @AfterAll
    static void stopBoth() throws Exception {
        ServiceInstance.stopAll(SCHEMA, a, b);
    }

    @Test
    void writesThroughEitherInstanceGiveTheSameAnswersOnBoth() throws Exception {
        addClaim(a, "turnout", "wire", "at least 150 people");
        assertSameAnswers();
        addClaim(b, "turnout", "rival", "90 people");
        assertSameAnswers();
        assertEquals("CONFLICT", verdict(a, "turnout"));

        JsonPath wire = b.data("{ claim(id: \"turnout/wire\") { version } }", Map.of());
        a.data("mutation($v: Int!) { editClaim(id: \"turnout/wire\", version: $v, changes: {value: \"150 people\"}) { id } }",
                Map.of("v", wire.getInt("claim.version")));
        assertSameAnswers();
        JsonPath rival = a.data("{ claim(id: \"turnout/rival\") { version } }", Map.of());
        b.data("mutation($v: Int!) { retractClaim(id: \"turnout/rival\", version: $v, reason: \"misread\") { id } }",
                Map.of("v", rival.getInt("claim.version")));
        assertSameAnswers();
        assertEquals("SINGLE_SOURCE", verdict(b, "turnout"));

        a.data("mutation { addRelation(input: {subject: \"dmitry-zhirnov\", kind: MEMBER_OF, object: \"russian-foreign-ministry\"}) { kind } }",
                Map.of());
        assertSameAnswers();
        addClaim(b, "ceremony-date", "wire", "3 July 2025");
        addClaim(a, "ceremony-date", "rival", "July 4, 2025");
        assertSameAnswers();
        assertEquals("CONFLICT", verdict(b, "ceremony-date"));
    }

    @Test
    void concurrentWritesToOneStoryThroughBothInstancesEndTheSameAndRight() throws Exception {
        addFacts(a, "crowd", "crowd-date");
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Void> throughA = CompletableFuture.runAsync(() -> {
            await(start);
            addClaim(a, "crowd", "third", "About 150 people");
            addClaim(a, "crowd-date", "third", "3 July 2025");
        });
        CompletableFuture<Void> throughB = CompletableFuture.runAsync(() -> {
            await(start);
            addClaim(b, "crowd", "fourth", "90 people");
            addClaim(b, "crowd-date", "fourth", "4 July 2025");
        });
        start.countDown();
        CompletableFuture.allOf(throughA, throughB).get();
        assertSameAnswers();
        for (ServiceInstance instance : new ServiceInstance[] {a, b}) {
            assertEquals("CONFLICT", verdict(instance, "crowd"), "150 against 90");
            assertEquals("CONFLICT", verdict(instance, "crowd-date"), "3 July against 4 July");
        }
    }

    /** A QUANTITY fact and a DATE fact of the story. */
    private static void addFacts(ServiceInstance instance, String quantity, String date) {
        instance.data("mutation($i: NewFact!) { addFact(input: $i) { id } }",
                Map.of("i", Map.of("id", quantity, "story", STORY, "kind", "QUANTITY", "question", "How many attended?")));
        instance.data("mutation($i: NewFact!) { addFact(input: $i) { id } }",
                Map.of("i", Map.of("id", date, "story", STORY, "kind", "DATE", "question", "When was the ceremony?")));
    }

    private static void addClaim(ServiceInstance instance, String fact, String source, String value) {
        instance.data("mutation($i: NewClaim!) { addClaim(input: $i) { id } }",
                Map.of("i", Map.of("fact", fact, "source", source, "value", value)));
    }

    private static String verdict(ServiceInstance instance, String fact) {
        return instance.data("{ fact(id: \"" + fact + "\") { comparison { verdict } } }", Map.of()).getString("fact.comparison.verdict");
    }

    /** Polls until both instances have no pending work and answer every query alike; fails at the deadline. */
    private static void assertSameAnswers() throws InterruptedException {
        Instant deadline = Instant.now().plus(SETTLE);
        String onA = null;
        String onB = null;
        while (Instant.now().isBefore(deadline)) {
            onA = answers(a);
            onB = answers(b);
            if (settled(onA) && settled(onB) && onA.equals(onB)) {
                return;
            }
            Thread.sleep(200);
        }
        if (!settled(onA) || !settled(onB)) {
            fail("work still pending after " + SETTLE + ":\nA: " + onA + "\nB: " + onB);
        }
        assertEquals(onA, onB, "the two instances answer differently");
    }

    private static String answers(ServiceInstance instance) {
        StringBuilder all = new StringBuilder();
        QUERIES.forEach(q -> all.append(instance.answer(q)).append('\n'));
        return all.toString();
    }

    /** No stale or pending result, and every fact with a standing claim has its consensus. */
    private static boolean settled(String answers) {
        String flat = answers.replaceAll("\\s", "");
        return !flat.contains("\"stale\":true") && !flat.toLowerCase(Locale.ROOT).contains("pending")
                && !flat.matches("(?s).*\"claims\":\\[\\{[^\\]]*\\],\"consensus\":null.*");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
