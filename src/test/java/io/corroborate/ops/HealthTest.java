package io.corroborate.ops;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Readiness reflects the database and the corpus; liveness depends on neither. */
@QuarkusTest
class HealthTest {

    @Test
    void readyOnceTheDatabaseAnswersAndTheCorpusIsLoaded() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'corpus' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'corpus' }.data.loadOnStart", equalTo(true))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void livenessDoesNotAskTheDatabase() {
        given().when().get("/q/health/live").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", not(hasItem("Database connections health check")))
                .body("checks.name", not(hasItem("corpus")));
    }
}
