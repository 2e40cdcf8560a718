package io.corroborate.api;

import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests a tester or the hostile-input generator found answered with a 500, an internal error or a dump of the
 * service's internals; each is now refused with a documented code.
 */
@QuarkusTest
class HostileCasesTest {

    @TestHTTPResource("/graphql")
    URL graphql;

    private static final String DIGITS = "9".repeat(5000);

    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of("unknown charset", "application/json; charset=unknown-xyz", "{\"query\":\"{ __typename }\"}", 415, "UNSUPPORTED_MEDIA_TYPE"),
                Arguments.of("variables nested 1,001 levels", "application/json",
                        "{\"query\":\"{ __typename }\",\"variables\":{\"v\":" + "[".repeat(1001) + "]".repeat(1001) + "}}", 400, "BAD_REQUEST"),
                Arguments.of("variables nested 500 levels (overflowed a 512 KB stack)", "application/json",
                        "{\"query\":\"query($v: NewStory!) { __typename }\",\"variables\":{\"v\":" + "{\"id\":".repeat(500) + "1"
                        + "}".repeat(500) + "}}", 400, "BAD_REQUEST"),
                Arguments.of("a body nested 100,000 levels", "application/json", "[".repeat(100_000) + "]".repeat(100_000), 400, "BAD_REQUEST"),
                Arguments.of("variables as a string", "application/json", "{\"query\":\"{ __typename }\",\"variables\":\"{}\"}", 400, "BAD_REQUEST"),
                Arguments.of("variables as a list", "application/json", "{\"query\":\"{ __typename }\",\"variables\":[]}", 400, "BAD_REQUEST"),
                Arguments.of("variables as a number", "application/json", "{\"query\":\"{ __typename }\",\"variables\":5}", 400, "BAD_REQUEST"),
                Arguments.of("a 5,000-digit variable", "application/json",
                        "{\"query\":\"query($v: Int) { facts(first: $v) { totalCount } }\",\"variables\":{\"v\":" + DIGITS + "}}", 400, "BAD_REQUEST"),
                Arguments.of("a 5,000-digit query", "application/json", "{\"query\":" + DIGITS + "}", 400, "BAD_REQUEST"),
                Arguments.of("a 5,000-digit Int literal", "application/json",
                        "{\"query\":\"{ facts(first: " + DIGITS + ") { totalCount } }\"}", 200, "BAD_USER_INPUT"),
                Arguments.of("NUL in a literal", "application/json", "{\"query\":\"{ facts(search: \\\"a\\\\u0000b\\\") { totalCount } }\"}", 200, "BAD_USER_INPUT"),
                Arguments.of("NUL in a block string", "application/json", "{\"query\":\"{ facts(search: \\\"\\\"\\\"\\u0000\\\"\\\"\\\") { totalCount } }\"}", 200, "BAD_USER_INPUT"),
                Arguments.of("NUL in a variable", "application/json",
                        "{\"query\":\"query($s: String) { facts(search: $s) { totalCount } }\",\"variables\":{\"s\":\"\\u0000\"}}", 200, "BAD_USER_INPUT"),
                Arguments.of("NUL in an id", "application/json",
                        "{\"query\":\"query($s: ID!) { compareSources(a: $s, b: \\\"x\\\") { agree { id } } }\",\"variables\":{\"s\":\"a\\u0000\"}}", 200, "BAD_USER_INPUT"),
                Arguments.of("NUL in a nested argument", "application/json",
                        "{\"query\":\"{ node(id: \\\"nysun\\\") { ... on Source { reliability(story: \\\"\\\\u0000\\\") { __typename } } } }\"}", 200, "BAD_USER_INPUT"),
                Arguments.of("a lone surrogate", "application/json",
                        "{\"query\":\"query($s: String) { entities(search: $s) { id } }\",\"variables\":{\"s\":\"\\ud800\"}}", 200, "BAD_USER_INPUT"),
                Arguments.of("kinds: [null]", "application/json", "{\"query\":\"{ discrepancies(kinds: [null]) { totalCount } }\"}", 200, "BAD_USER_INPUT"),
                Arguments.of("an Int variable beyond 32 bits", "application/json",
                        "{\"query\":\"query($v: Int) { facts(first: $v) { totalCount } }\",\"variables\":{\"v\":2147483648}}", 200, "BAD_USER_INPUT"),
                Arguments.of("an enum in quotes", "application/json", "{\"query\":\"{ facts(kind: \\\"DATE\\\") { totalCount } }\"}", 200,
                        "GRAPHQL_VALIDATION_FAILED"),
                Arguments.of("fragments spreading one another 1,000 deep", "application/json", fragments(1000, false), 200, "QUERY_TOO_DEEP"),
                Arguments.of("a cycle of 1,000 fragments", "application/json", fragments(1000, true), 200, "GRAPHQL_VALIDATION_FAILED"),
                Arguments.of("thirty fragments each spreading the next twice", "application/json", "{\"query\":\"{ ...F0 } "
                        + String.join(" ", IntStream.range(0, 30).mapToObj(i -> "fragment F" + i + " on Query { stories { id } ...F" + (i + 1)
                        + " ...F" + (i + 1) + " }").toList()) + " fragment F30 on Query { __typename }\"}", 200, "QUERY_TOO_COMPLEX"));
    }

    private static String fragments(int count, boolean cycle) {
        String chain = String.join(" ", IntStream.range(0, count).mapToObj(i -> "fragment F" + i + " on Query { __typename ...F"
                + (cycle ? (i + 1) % count : i + 1) + " }").toList());
        return "{\"query\":\"{ ...F0 } " + chain + (cycle ? "" : " fragment F" + count + " on Query { __typename }") + "\"}";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void isRefusedWithItsCode(String name, String contentType, String body, int status, String code) throws Exception {
        // not through rest-assured: on a failure it pretty-prints the request, and a body nested 100,000 levels exhausts the heap
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(graphql.toURI())
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        String answer = response.body();
        assertEquals(status, response.statusCode(), answer);
        assertEquals(code, new ObjectMapper().readTree(answer).path("errors").path(0).path("extensions").path("code").asText(), answer);
        assertFalse(answer.matches("(?s).*(io\\.corroborate|java\\.|Exception|SQL|org\\.|graphql\\.language|Value\\{).*"), answer);
    }

    @org.junit.jupiter.api.Test
    void bracketsInsideAStringAreNotNesting() {
        GraphQL.data("query($s: String) { facts(search: $s) { totalCount } }", java.util.Map.of("s", "[{".repeat(500)));
    }

    @org.junit.jupiter.api.Test
    void aMisspelledEnumIsExplainedWithoutTheSyntaxTree() {
        String message = GraphQL.post("{ facts(kind: \"DATE\") { totalCount } }").extract().jsonPath().getString("errors[0].message");
        assertTrue(message.contains("Expected an enum value (written without quotes) but it was a string"), message);
        assertFalse(message.contains("StringValue"), message);
    }
}
