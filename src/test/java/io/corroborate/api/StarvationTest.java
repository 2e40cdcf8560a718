package io.corroborate.api;

import graphql.execution.CoercedVariables;
import graphql.parser.Parser;
import io.corroborate.GraphQL;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * While 8 clients run, back to back, the most expensive query the limits allow, a small query is still answered
 * quickly: its 99th percentile stays under 200 ms.
 */
@QuarkusTest
class StarvationTest {

    private static final String PAGE = " facts(first: 100) { edges { node { id question kind claims { id valueAsWritten"
            + " source { id outlet headline } } comparison { verdict explanation severity groups { values } } } } }";

    @TestHTTPResource("/graphql")
    URI graphql;
    @Inject
    ListSizes listSizes;
    @Inject
    GraphQLConfig config;
    @Inject
    PagingConfig paging;

    /** As many aliased pages of 100 facts as the cost limit allows. */
    private String heaviestAllowed() {
        var schema = GraphQL.servedSchema();
        QueryLimits limits = new QueryLimits(config, paging, () -> listSizes);
        String query = null;
        for (int pages = 1; ; pages++) {
            String next = IntStream.range(0, pages).mapToObj(i -> "p" + i + ":" + PAGE).collect(Collectors.joining(" ", "{", "}"));
            if (limits.measure(schema, Parser.parse(next), null, CoercedVariables.emptyVariables()).cost() > config.maxCost()) {
                return query;
            }
            query = next;
        }
    }

    private HttpRequest request(String query) {
        return HttpRequest.newBuilder(graphql).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jakarta.json.Json.createObjectBuilder().add("query", query).build().toString())).build();
    }

    @Test
    void aSmallQueryStaysFastWhileEightClientsRunTheHeaviestAllowedQuery() throws Exception {
        String heavy = heaviestAllowed();
        assertTrue(heavy != null && heavy.contains("p1:"), "at least two pages fit the limit");
        GraphQL.post(heavy).body("errors", nullValue());
        // Plain HTTP clients that do not parse the answers: the clients share this JVM's processors with the service.
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest small = request("{ fact(id: \"recognition-announcement-date\") { id question } }");
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger heavyDone = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> load = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            load.add(clients.submit(() -> {
                while (running.get()) {
                    HttpResponse<String> answer = http.send(request(heavy), HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200 || answer.body().contains("\"errors\"")) {
                        throw new AssertionError(answer.statusCode() + " " + answer.body().substring(0, Math.min(300, answer.body().length())));
                    }
                    heavyDone.incrementAndGet();
                }
                return null;
            }));
        }
        Thread.sleep(2_000);
        List<Long> latencies = new ArrayList<>();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < until) {
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(small, HttpResponse.BodyHandlers.ofString());
            latencies.add((System.nanoTime() - start) / 1_000_000);
            assertTrue(answer.statusCode() == 200 && answer.body().startsWith("{\"data\""), answer.body());
            Thread.sleep(20);
        }
        running.set(false);
        for (Future<?> client : load) {
            client.get(120, TimeUnit.SECONDS);
        }
        clients.shutdown();
        Collections.sort(latencies);
        long p50 = latencies.get(latencies.size() / 2);
        long p99 = latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1);
        System.out.printf("starvation: %d small queries, p50 %d ms, p99 %d ms, max %d ms; %d heavy queries (%d bytes of query) meanwhile%n",
                latencies.size(), p50, p99, latencies.get(latencies.size() - 1), heavyDone.get(), heavy.length());
        assertTrue(heavyDone.get() >= 8, "the heavy clients ran: " + heavyDone.get());
        assertTrue(p99 < 200, "p99 of the small query " + p99 + " ms (p50 " + p50 + " ms)");
    }
}
