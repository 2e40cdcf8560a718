package io.corroborate.alert;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A graphql-transport-ws client over the JDK's WebSocket: sends messages, and queues every message the server sends. */
final class AlertSocket implements WebSocket.Listener, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile Integer closeCode;
    private WebSocket socket;

    /** Opens the connection and sends connection_init with this payload (null: none). */
    static AlertSocket open(URI graphql, Map<String, Object> initPayload) throws Exception {
        AlertSocket client = new AlertSocket();
        URI ws = URI.create(graphql.toString().replaceFirst("^http", "ws"));
        client.socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(ws, client).get(10, TimeUnit.SECONDS);
        client.send(initPayload == null ? Map.of("type", "connection_init") : Map.of("type", "connection_init", "payload", initPayload));
        return client;
    }

    void subscribe(String id, String document) throws Exception {
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", document)));
    }

    void send(Map<String, Object> message) throws Exception {
        socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
    }

    /** The next message from the server, or null if none comes in time. */
    Map<String, Object> next(Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next message that is not a ping/pong; fails if none comes in time. */
    Map<String, Object> expect(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Object> message = next(Duration.ofNanos(deadline - System.nanoTime()));
            if (message != null && !List.of("ping", "pong").contains(message.get("type"))) {
                return message;
            }
        }
        throw new AssertionError("no message within " + timeout + (closeCode == null ? "" : "; closed with " + closeCode));
    }

    Integer closeCode() {
        return closeCode;
    }

    @Override
    @SuppressWarnings("unchecked")
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                received.add(JSON.readValue(partial.toString(), Map.class));
            } catch (Exception e) {
                received.add(Map.of("type", "unreadable", "text", partial.toString()));
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode = statusCode;
        received.add(Map.of("type", "closed", "code", statusCode, "reason", reason));
        return null;
    }

    @Override
    public void close() {
        socket.abort();
    }
}
