package io.corroborate.consensus;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each run of the consensus refresh is timed in /q/metrics. */
@QuarkusTest
class ConsensusJobMetricsTest {

    private static final String RUNS = "corroborate_jobs_seconds_count{job=\"consensus-refresh\"}";

    @Inject
    ConsensusJob job;

    @Test
    void aRunIsCounted() {
        double before = runs();
        job.refresh();
        assertTrue(runs() >= before + 1);
    }

    private static double runs() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(RUNS) + " (\\S+)$").matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
