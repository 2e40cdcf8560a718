package io.corroborate.alert;

import io.corroborate.GraphQL;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live alerts over graphql-transport-ws: the conflicts that writes open and resolve reach the story's subscribers,
 * refused writes send nothing, and subscribing is checked like any other request (unknown story, tokens, limits).
 */
@QuarkusTest
class StoryAlertsTest {

    static final String STORY = "alerts-live";
    static final Duration WAIT = Duration.ofSeconds(10);
    static final String ALERTS = """
            subscription($s: ID!) { storyAlerts(story: $s, kinds: [CONFLICT_OPENED, CONFLICT_CHANGED, CONFLICT_RESOLVED]) { kind verdictBefore verdictAfter causedBy at
                fact { id comparison { verdict } } } }""";

    private static String token;

    @TestHTTPResource("/graphql")
    URI graphql;

    @BeforeEach
    void story() {
        if (token != null) {
            return;
        }
        token = GraphQL.login("curator", "curator");
        if (GraphQL.data("{ story(id: \"" + STORY + "\") { id } }").get("story") != null) {
            return;
        }
        write("mutation($i: NewStory!) { addStory(input: $i) { id } }", Map.of("id", STORY, "title", "Live alerts"));
        for (String source : List.of("wire", "rival")) {
            write("mutation($i: NewSource!) { addSource(input: $i) { id } }", Map.of("id", "alerts-" + source,
                    "headline", "The vote, by " + source, "language", "en", "published", "2025-07-05",
                    "text", "The " + source + " counted 150 votes, or 90 votes by another count."));
        }
    }

    private static Map<String, Object> write(String mutation, Map<String, Object> input) {
        return GraphQL.data(mutation, Map.of("i", input), token).getMap("");
    }

    private static void addFact(String id) {
        write("mutation($i: NewFact!) { addFact(input: $i) { id } }",
                Map.of("id", id, "story", STORY, "kind", "QUANTITY", "question", "How many votes were cast?"));
    }

    private static void addClaim(String fact, String source, String value) {
        write("mutation($i: NewClaim!) { addClaim(input: $i) { id } }", Map.of("fact", fact, "source", "alerts-" + source, "value", value));
    }

    private static int version(String claim) {
        return GraphQL.data("{ claim(id: \"" + claim + "\") { version } }").getInt("claim.version");
    }

    private AlertSocket subscribed(Map<String, Object> init) throws Exception {
        AlertSocket socket = AlertSocket.open(graphql, init);
        assertEquals("connection_ack", socket.expect(WAIT).get("type"));
        socket.send(Map.of("id", "alerts", "type", "subscribe", "payload", Map.of("query", ALERTS, "variables", Map.of("s", STORY))));
        return socket;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> alert(AlertSocket socket) throws InterruptedException {
        Map<String, Object> message = socket.expect(WAIT);
        assertEquals("next", message.get("type"), message.toString());
        Map<String, Object> payload = (Map<String, Object>) message.get("payload");
        assertNull(payload.get("errors"), message.toString());
        return (Map<String, Object>) ((Map<String, Object>) payload.get("data")).get("storyAlerts");
    }

    @Test
    void aWriteThatOpensAConflictAndARetractionThatResolvesItAreAlerted() throws Exception {
        addFact("alerts-votes");
        addClaim("alerts-votes", "wire", "150 votes");
        try (AlertSocket socket = subscribed(null)) {
            Instant before = Instant.now().minusSeconds(1);
            addClaim("alerts-votes", "rival", "90 votes");
            Map<String, Object> opened = alert(socket);
            assertEquals("CONFLICT_OPENED", opened.get("kind"));
            assertEquals("SINGLE_SOURCE", opened.get("verdictBefore"));
            assertEquals("CONFLICT", opened.get("verdictAfter"));
            assertEquals("curator", opened.get("causedBy"));
            assertTrue(Instant.parse((String) opened.get("at")).isAfter(before), opened.toString());
            assertEquals(Map.of("id", "alerts-votes", "comparison", Map.of("verdict", "CONFLICT")), opened.get("fact"));

            GraphQL.data("mutation($v: Int!) { retractClaim(id: \"alerts-votes/alerts-rival\", version: $v, reason: \"misread\") { id } }",
                    Map.of("v", version("alerts-votes/alerts-rival")), token);
            Map<String, Object> resolved = alert(socket);
            assertEquals("CONFLICT_RESOLVED", resolved.get("kind"));
            assertEquals("CONFLICT", resolved.get("verdictBefore"));
            assertEquals("SINGLE_SOURCE", resolved.get("verdictAfter"));
            assertEquals(Map.of("id", "alerts-votes", "comparison", Map.of("verdict", "SINGLE_SOURCE")), resolved.get("fact"),
                    "each event reads the fact afresh");
        }
    }

    @Test
    void aRefusedWriteSendsNothing() throws Exception {
        addFact("alerts-refused");
        addClaim("alerts-refused", "wire", "150 votes");
        addClaim("alerts-refused", "rival", "90 votes");
        String retract = "mutation($v: Int!) { retractClaim(id: \"alerts-refused/alerts-rival\", version: $v, reason: \"misread\") { id } }";
        try (AlertSocket socket = subscribed(null)) {
            int current = version("alerts-refused/alerts-rival");
            assertEquals("VERSION_CONFLICT", GraphQL.post(retract, Map.of("v", current - 1), token).extract().jsonPath()
                    .getString("errors[0].extensions.code"));
            assertNull(socket.next(Duration.ofSeconds(2)), "no alert for a refused write");
            GraphQL.data(retract, Map.of("v", current), token);
            assertEquals("CONFLICT_RESOLVED", alert(socket).get("kind"), "the accepted retraction is the next alert");
        }
    }

    @Test
    void anUnknownStoryIsRefusedWithNotFound() throws Exception {
        try (AlertSocket socket = AlertSocket.open(graphql, null)) {
            socket.expect(WAIT);
            socket.send(Map.of("id", "x", "type", "subscribe", "payload", Map.of("query", ALERTS, "variables", Map.of("s", "no-such-story"))));
            String message = socket.expect(WAIT).toString();
            assertTrue(message.contains("code=NOT_FOUND") && message.contains("no-such-story"), message);
        }
    }

    @Test
    void aSignedInSubscriptionSendsItsTokenInConnectionInit() throws Exception {
        addFact("alerts-signed");
        addClaim("alerts-signed", "wire", "150 votes");
        try (AlertSocket socket = subscribed(Map.of("Authorization", "Bearer " + token))) {
            addClaim("alerts-signed", "rival", "90 votes");
            assertEquals("CONFLICT_OPENED", alert(socket).get("kind"));
        }
    }

    @Test
    void aBadTokenInConnectionInitIsRefused() throws Exception {
        try (AlertSocket socket = AlertSocket.open(graphql, Map.of("Authorization", "Bearer not-a-token"))) {
            Map<String, Object> answer = socket.expect(WAIT);
            assertEquals(Map.of("type", "closed", "code", 4403, "reason", "Forbidden"), answer, "graphql-transport-ws' close for a refused sign-in");
        }
    }

    @Test
    void aSubscriptionDeeperThanTheLimitIsRefused() throws Exception {
        try (AlertSocket socket = AlertSocket.open(graphql, null)) {
            socket.expect(WAIT);
            String deep = "subscription { storyAlerts(story: \"" + STORY + "\") { fact { story { facts { story { facts { story { facts {"
                    + " story { facts { story { facts { id } } } } } } } } } } } } }";
            socket.subscribe("deep", deep);
            String message = socket.expect(WAIT).toString();
            assertTrue(message.contains("type=error") && message.contains("code=QUERY_TOO_DEEP"), message);
        }
    }

    @Test
    void queriesAndMutationsAreNotRunOverWebSocket() throws Exception {
        try (AlertSocket socket = AlertSocket.open(graphql, null)) {
            socket.expect(WAIT);
            socket.subscribe("query", "{ stories { id } }");
            String message = socket.expect(WAIT).toString();
            assertTrue(message.contains("type=error") && message.contains("code=METHOD_NOT_ALLOWED"), message);
        }
    }

    @Test
    void aSubscriptionOverHttpIsRefused() {
        GraphQL.post(ALERTS, Map.of("s", STORY)).body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("METHOD_NOT_ALLOWED"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("WebSocket"));
    }

    @Test
    void aClientAddressHoldsAtMostTenConnections() throws Exception {
        List<AlertSocket> sockets = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                sockets.add(AlertSocket.open(graphql, null));
            }
            var refused = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> AlertSocket.open(graphql, null));
            assertTrue(refused.getCause() instanceof java.net.http.WebSocketHandshakeException handshake
                    && handshake.getResponse().statusCode() == 429, String.valueOf(refused.getCause()));
            sockets.remove(0).close();
            Thread.sleep(500);
            sockets.add(AlertSocket.open(graphql, null));
        } finally {
            sockets.forEach(AlertSocket::close);
        }
    }

    @Test
    void alertsFlowAgainAfterTheListeningConnectionWasCut() throws Exception {
        addFact("alerts-reconnect");
        addClaim("alerts-reconnect", "wire", "150 votes");
        try (AlertSocket socket = subscribed(null);
             java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            var cut = db.prepareStatement("select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = ?");
            cut.setString(1, "corroborate alerts corroborate_alerts:" + schema());
            var terminated = cut.executeQuery();
            terminated.next();
            assertEquals(1, terminated.getInt(1), "the listening connection of this service");
            Thread.sleep(2000);
            addClaim("alerts-reconnect", "rival", "90 votes");
            assertEquals("CONFLICT_OPENED", alert(socket).get("kind"));
        }
    }

    private static String schema() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.hibernate-orm.database.default-schema", String.class);
    }
}
