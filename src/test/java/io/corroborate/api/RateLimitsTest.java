package io.corroborate.api;

import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rate limits with small numbers: each test is its own client address (X-Forwarded-For through a trusted proxy). */
@QuarkusTest
@TestProfile(RateLimitsTest.Strict.class)
class RateLimitsTest {

    public static class Strict implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("corroborate.rate.anonymous-per-second", "2", "corroborate.rate.anonymous-burst", "3",
                    "corroborate.rate.login-per-user", "3", "corroborate.rate.login-per-address", "6",
                    "corroborate.rate.login-period", "1m",
                    "quarkus.http.proxy.proxy-address-forwarding", "true", "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    private static Response post(String address, String query, String token) {
        var request = given().contentType("application/json").header("X-Forwarded-For", address).body(Map.of("query", query));
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.post("/graphql");
    }

    private static String login(String address, String user, String password) {
        return "mutation { login(username: \"" + user + "\", password: \"" + password + "\") { token } }";
    }

    @Test
    void anAnonymousAddressIsHeldToItsRateAndToldWhenToComeBack() {
        List<Response> answers = IntStream.range(0, 12).mapToObj(i -> post("203.0.113.1", "{ stories { id } }", null)).toList();
        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertTrue(statuses.subList(0, 5).stream().allMatch(s -> s == 200), statuses.toString());
        Response refused = answers.get(answers.size() - 1);
        assertEquals(429, refused.statusCode(), statuses.toString());
        assertEquals("RATE_LIMITED", refused.jsonPath().getString("errors[0].extensions.code"));
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1);
        assertEquals(200, post("203.0.113.2", "{ stories { id } }", null).statusCode(), "another address has its own rate");
    }

    @Test
    void signedInCuratorsAreNotThrottled() {
        String token = post("203.0.113.10", login(null, "curator", "curator"), null).jsonPath().getString("data.login.token");
        List<Integer> statuses = IntStream.range(0, 20).mapToObj(i -> post("203.0.113.10", "{ stories { id } }", token).statusCode()).toList();
        assertEquals(List.of(200), statuses.stream().distinct().toList());
    }

    @Test
    void signInAttemptsArePerUserNameWhateverTheAddress() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            codes.add(post("203.0.113." + (20 + i), login(null, "editor", "wrong"), null).jsonPath().getString("errors[0].extensions.code"));
        }
        assertEquals(List.of("UNAUTHENTICATED", "UNAUTHENTICATED", "UNAUTHENTICATED", "RATE_LIMITED"), codes);
        Response right = post("203.0.113.30", login(null, "editor", "editor"), null);
        assertEquals(429, right.statusCode(), "even the right password waits");
        assertTrue(Integer.parseInt(right.header("Retry-After")) > 1);
        assertEquals(null, right.jsonPath().getString("data.login"));
    }

    @Test
    void aliasedGuessesInOneRequestCountOneByOne() {
        String guesses = IntStream.range(0, 50).mapToObj(i -> "g" + i + ": login(username: \"ghost" + i + "\", password: \"x\") { token }")
                .collect(Collectors.joining(" ", "mutation { ", " }"));
        Response answer = post("203.0.113.40", guesses, null);
        assertEquals(429, answer.statusCode());
        List<String> codes = answer.jsonPath().getList("errors.extensions.code");
        assertEquals(6, codes.stream().filter("UNAUTHENTICATED"::equals).count(), "six tried (the address's limit): " + codes);
        assertEquals(44, codes.stream().filter("RATE_LIMITED"::equals).count());
    }
}
