package io.corroborate.api;

import io.quarkus.test.common.http.TestHTTPResource;
import io.corroborate.LargeAnswers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A client that leaves before its answer costs the request, never the requests after it, and is not an error. */
@QuarkusTest
@TestProfile(LargeAnswers.class)
class ClientDisconnectTest {

    /** A page of every fact with its claims and sources, asked twenty times over under aliases: long enough to leave midway. */
    private static final String HEAVY = heavy();

    private static String heavy() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 20; i++) {
            query.append(" p").append(i).append(": facts(story: \"russia-recognizes-taliban-2025\", first: 100) { edges { node { id")
                    .append(" claims { valueAsWritten source { id headline claims { id valueAsWritten } } } comparison { verdict } } } }");
        }
        return jakarta.json.Json.createObjectBuilder().add("query", query.append(" }").toString()).build().toString();
    }

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void requestsAbandonedMidwayLeaveNoUnexpectedErrorsAndTheNextOneIsAnswered() throws Exception {
        List<LogRecord> errors = new ArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    synchronized (errors) {
                        errors.add(record);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("io.corroborate.api.ErrorCodes");
        logger.addHandler(recorder);
        try {
            int abandoned = 0;
            for (int i = 0; i < 40; i++) {
                try {
                    HttpClient.newHttpClient().send(request(Duration.ofMillis(20 + 25 * (i % 8))), HttpResponse.BodyHandlers.ofString());
                } catch (HttpTimeoutException e) {
                    abandoned++;
                }
            }
            Thread.sleep(1500);
            assertTrue(abandoned > 0, "the client should have left before some answers");
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request(Duration.ofSeconds(30)), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode());
            assertTrue(!answer.body().contains("\"errors\""), answer.body());
            synchronized (errors) {
                assertEquals(List.of(), errors.stream().map(LogRecord::getMessage).toList());
            }
        } finally {
            logger.removeHandler(recorder);
        }
    }

    private HttpRequest request(Duration timeout) {
        return HttpRequest.newBuilder(graphql).timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(HEAVY)).build();
    }
}
