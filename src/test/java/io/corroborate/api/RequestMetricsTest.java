package io.corroborate.api;

import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /q/metrics counts /graphql requests by outcome and operation, refusals by reason, and shows the pool. */
@QuarkusTest
class RequestMetricsTest {

    private static final String OK_QUERIES = "corroborate_graphql_requests_seconds_count{operation=\"query\",outcome=\"OK\"}";

    @Test
    void answeredQueriesAreTimedByOutcome() {
        double before = value(OK_QUERIES);
        double sumBefore = value("corroborate_graphql_requests_seconds_sum{operation=\"query\",outcome=\"OK\"}");
        GraphQL.data("{ stories { id } }");
        GraphQL.data("{ stories { id } }");
        assertEquals(before + 2, value(OK_QUERIES));
        assertTrue(value("corroborate_graphql_requests_seconds_sum{operation=\"query\",outcome=\"OK\"}") > sumBefore);
        assertTrue(metrics().contains("corroborate_graphql_requests_seconds_bucket{operation=\"query\",outcome=\"OK\""),
                "a histogram, for percentiles");
    }

    @Test
    void refusalsAreCountedByReason() {
        String validation = "corroborate_graphql_refusals_total{reason=\"GRAPHQL_VALIDATION_FAILED\"}";
        String getMutation = "corroborate_graphql_refusals_total{reason=\"METHOD_NOT_ALLOWED\"}";
        String unauthenticated = "corroborate_graphql_requests_seconds_count{operation=\"mutation\",outcome=\"UNAUTHENTICATED\"}";
        double validationBefore = value(validation);
        double getMutationBefore = value(getMutation);
        double unauthenticatedBefore = value(unauthenticated);
        GraphQL.post("{ noSuchField }");
        given().queryParam("query", "mutation { login(username: \"a\", password: \"b\") { token } }").get("/graphql").then().statusCode(405);
        GraphQL.post("mutation { addStory(input: {id: \"metrics-test\", title: \"Metrics\"}) { id } }");
        assertEquals(validationBefore + 1, value(validation), metrics());
        assertEquals(getMutationBefore + 1, value(getMutation), metrics());
        assertEquals(unauthenticatedBefore + 1, value(unauthenticated), metrics());
    }

    @Test
    void thePoolAndTheJobsAreMeasured() {
        String metrics = metrics();
        assertTrue(metrics.contains("agroal_active_count{datasource=\"default\"}"), "pool usage");
        assertTrue(metrics.contains("agroal_max_used_count{datasource=\"default\"}"), "pool usage");
        assertTrue(metrics.contains("corroborate_jobs_seconds_count{job=\"consensus-refresh\"}"), "consensus timer");
    }

    static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sample's value, 0 when it has not been recorded yet. */
    static double value(String sample) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(metrics());
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
