package io.corroborate.ops;

import io.agroal.api.AgroalDataSource;
import io.corroborate.GraphQL;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Statements that run too long, requests past their deadline and an exhausted pool are refused with their own codes. */
@QuarkusTest
@TestProfile(TimeoutsTest.Short.class)
class TimeoutsTest {

    public static class Short implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("corroborate.timeouts.statement", "PT1S", "corroborate.timeouts.request", "PT4S",
                    "quarkus.datasource.jdbc.max-size", "4", "quarkus.datasource.jdbc.acquisition-timeout", "PT1S");
        }
    }

    private static final String FACTS = "facts(story: \"russia-recognizes-taliban-2025\", first: 1) { edges { node { id } } }";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema")
    String schema;

    @Test
    void everyConnectionHasTheApiStatementTimeoutAndJobsRaiseItForTheirTransactionOnly() {
        assertEquals("1s", QuarkusTransaction.requiringNew().call(() -> show()));
        assertEquals("30min", QuarkusTransaction.requiringNew().call(() -> {
            StatementTimeouts.allowJob(em);
            return show();
        }));
        assertEquals("1s", QuarkusTransaction.requiringNew().call(() -> show()));
    }

    @Test
    void aStatementPastTheTimeoutIsCancelledAndFieldsPastTheDeadlineAreNotFetched() throws Exception {
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("lock table " + schema + ".fact in access exclusive mode");
            }
            StringBuilder query = new StringBuilder("{");
            for (int i = 0; i < 8; i++) {
                query.append(" f").append(i).append(": ").append(FACTS);
            }
            JsonPath answer = GraphQL.post(query.append(" }").toString()).extract().jsonPath();
            lock.rollback();
            List<String> codes = answer.getList("errors.extensions.code");
            // each field waits for the lock until the statement timeout, until the request's deadline has passed
            int timedOut = codes.lastIndexOf("TIMEOUT") + 1;
            assertTrue(timedOut >= 1 && timedOut < 8, answer.prettify());
            assertEquals(codes.subList(0, timedOut), java.util.Collections.nCopies(timedOut, "TIMEOUT"), answer.prettify());
            assertEquals(codes.subList(timedOut, 8), java.util.Collections.nCopies(8 - timedOut, "REQUEST_TIMEOUT"), answer.prettify());
            assertTrue(answer.getString("errors[0].message").contains("took too long"), answer.prettify());
        }
        assertNull(GraphQL.post("{ " + FACTS + " }").extract().jsonPath().get("errors"), "the connection works again");
    }

    @Test
    void aRequestThatCannotGetAConnectionIsRefusedAsUnavailable() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                held.add(dataSource.getConnection());
            }
            long start = System.nanoTime();
            JsonPath answer = GraphQL.post("{ " + FACTS + " }").extract().jsonPath();
            assertEquals(List.of("SERVICE_UNAVAILABLE"), answer.getList("errors.extensions.code"), answer.prettify());
            assertTrue(System.nanoTime() - start < 2_500_000_000L, "refused after the acquisition timeout, not queued");
            assertTrue(given().get("/q/metrics").then().extract().asString()
                    .contains("corroborate_graphql_refusals_total{reason=\"SERVICE_UNAVAILABLE\"} 1.0"), "counted as a refusal");
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertNull(GraphQL.post("{ " + FACTS + " }").extract().jsonPath().get("errors"));
    }

    private String show() {
        return (String) em.createNativeQuery("show statement_timeout").getSingleResult();
    }
}
