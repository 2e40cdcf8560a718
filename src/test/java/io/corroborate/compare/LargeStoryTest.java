package io.corroborate.compare;

import io.corroborate.GraphQL;
import io.corroborate.LargeAnswers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Id lists of any length reach SQL: a story with more facts than PostgreSQL takes parameters in one statement. Its
 * whole list of facts is a larger answer than the default cost limit allows, so this test allows more.
 */
@QuarkusTest
@TestProfile(LargeAnswers.class)
class LargeStoryTest {

    private static final int FACTS = 33_000;

    @Inject
    DataSource database;

    @ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema")
    String schema;

    @BeforeEach
    void aStoryWithManyFacts() throws SQLException {
        sql("insert into story (key, title) values ('large-story', 'Large')",
                "insert into fact (key, story_id, kind, question) select 'large-' || n, (select id from story where key = 'large-story'),"
                        + " 'TEXT', 'Question ' || n from generate_series(1, " + FACTS + ") n",
                "insert into comparison_queue (fact_id, story_id) select id, story_id from fact where key like 'large-%'");
        Comparisons.settle();
    }

    @AfterEach
    void remove() throws SQLException {
        sql("delete from fact_comparison where story_id = (select id from story where key = 'large-story')",
                "delete from fact where story_id = (select id from story where key = 'large-story')",
                "delete from story where key = 'large-story'");
    }

    @Test
    void everyFactOfTheStoryIsComparedAndListedWithItsClaims() {
        JsonPath one = GraphQL.data("{ fact(id: \"large-17\") { comparison { verdict } } }");
        assertEquals("NO_CLAIMS", one.getString("fact.comparison.verdict"));
        JsonPath all = GraphQL.data("{ story(id: \"large-story\") { facts { claims { id } } } }");
        assertEquals(FACTS, all.getList("story.facts").size());
        assertEquals(0, all.getList("story.facts.claims.flatten()").size());
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            // "set local": the pooled connection goes back to the service with its settings untouched
            statement.execute("set local search_path to " + schema);
            // bulk rows for the scene only, without the triggers (node ids, comparison queue): the scene queues its facts itself
            statement.execute("set local session_replication_role = replica");
            for (String s : statements) {
                statement.execute(s);
            }
            connection.commit();
        }
    }
}
