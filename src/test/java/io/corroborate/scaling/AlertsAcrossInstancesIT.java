package io.corroborate.scaling;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Live alerts reach a subscriber on one replica whatever replica took the write: a real graphql-ws client
 * (src/test/node/story-alerts.mjs) subscribes on instance A with its token in connection_init, the writes go through
 * instance B, and the client receives the conflict they open and the consensus change that follows.
 */
class AlertsAcrossInstancesIT {

    private static final String SCHEMA = "alerts_" + System.getenv().getOrDefault("_TEST_QUARKUS_FLYWAY_SCHEMAS", "corroborate_test") + "_two";
    private static final String STORY = "alerts-across";
    private static final String SCRIPT = "src/test/node/story-alerts.mjs";
    private static final Duration WAIT = Duration.ofSeconds(40);

    private static ServiceInstance a;
    private static ServiceInstance b;

    @BeforeAll
    static void startBoth() throws Exception {
        ServiceInstance.dropSchema(SCHEMA);
        a = ServiceInstance.start("alerts-a", SCHEMA, Duration.ofSeconds(180));
        b = ServiceInstance.start("alerts-b", SCHEMA, Duration.ofSeconds(120));
        a.data("mutation($i: NewStory!) { addStory(input: $i) { id } }", Map.of("i", Map.of("id", STORY, "title", "Alerts across replicas")));
        for (String source : List.of("wire", "rival", "third")) {
            a.data("mutation($i: NewSource!) { addSource(input: $i) { id } }", Map.of("i", Map.of("id", source,
                    "headline", "The vote, by " + source, "language", "en", "published", "2025-07-05",
                    "text", "The " + source + " counted 150 votes, or 90 votes by another count.")));
        }
        a.data("mutation($i: NewFact!) { addFact(input: $i) { id } }",
                Map.of("i", Map.of("id", "votes", "story", STORY, "kind", "QUANTITY", "question", "How many votes were cast?")));
        addClaim(a, "wire", "150 votes");
    }

    @AfterAll
    static void stopBoth() throws Exception {
        ServiceInstance.stopAll(SCHEMA, a, b);
    }

    @Test
    void aSubscriberOnOneInstanceHearsOfWritesThroughTheOther() throws Exception {
        awaitConsensus(List.of("150 votes"));
        Process client = new ProcessBuilder("node", SCRIPT, a.socketUrl(), STORY, "--token", a.token(), "--seconds", "90")
                .directory(Path.of(System.getProperty("basedir", "")).toAbsolutePath().toFile()).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(lines::add);
            } catch (Exception ignored) {
                // the client was stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            assertEquals("connected", next(lines), "the token in connection_init is accepted");
            // the subscription starts once its story is looked up, just after the connection
            Thread.sleep(1500);
            addClaim(b, "rival", "90 votes");
            addClaim(b, "third", "90 votes");
            JsonPath opened = awaitEvent(lines, "CONFLICT_OPENED");
            assertEquals("SINGLE_SOURCE", opened.getString("verdictBefore"));
            assertEquals("CONFLICT", opened.getString("verdictAfter"));
            assertEquals("curator", opened.getString("causedBy"));
            assertEquals("votes", opened.getString("fact.id"));
            JsonPath consensus = awaitEvent(lines, "CONSENSUS_CHANGED", "90 votes");
            assertEquals(List.of("150 votes"), consensus.getList("valuesBefore"));
            assertEquals("consensus", consensus.getString("causedBy"));
            assertEquals(List.of("90 votes"), consensus.getList("fact.consensus.values"), "the fact resolves as it is now");
        } finally {
            client.destroy();
            client.waitFor(10, TimeUnit.SECONDS);
            reader.join(5000);
        }
    }

    /** The next line the client prints; fails when it prints nothing in time. */
    private static String next(BlockingQueue<String> lines) throws InterruptedException {
        String line = lines.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (line == null) {
            fail("the graphql-ws client printed nothing within " + WAIT);
        }
        return line;
    }

    /** Reads events until one of this kind (and, if given, with this value after) arrives; returns its alert. */
    private static JsonPath awaitEvent(BlockingQueue<String> lines, String kind, String... valueAfter) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        List<String> seen = new ArrayList<>();
        while (Instant.now().isBefore(deadline)) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                continue;
            }
            seen.add(line);
            assertTrue(line.startsWith("{\"data\""), "an event without errors: " + line);
            JsonPath alert = new JsonPath(line).setRootPath("data.storyAlerts");
            if (kind.equals(alert.getString("kind")) && (valueAfter.length == 0 || List.of(valueAfter).equals(alert.getList("valuesAfter")))) {
                return alert;
            }
        }
        throw new AssertionError("no " + kind + " within " + WAIT + "; received " + seen);
    }

    private static void awaitConsensus(List<String> values) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            JsonPath fact = a.data("{ fact(id: \"votes\") { consensus { values stale } } }", Map.of());
            if (values.equals(fact.getList("fact.consensus.values")) && !fact.getBoolean("fact.consensus.stale")) {
                return;
            }
            Thread.sleep(250);
        }
        fail("the consensus of the first claim was not computed within " + WAIT);
    }

    private static void addClaim(ServiceInstance instance, String source, String value) {
        instance.data("mutation($i: NewClaim!) { addClaim(input: $i) { id } }", Map.of("i", Map.of("fact", "votes", "source", source, "value", value)));
    }

}
