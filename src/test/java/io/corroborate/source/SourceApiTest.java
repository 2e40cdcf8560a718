package io.corroborate.source;

import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SourceApiTest {

    @Test
    void listsTheFiveSeedArticlesWithTheirMetadata() {
        JsonPath data = GraphQL.data("""
                { sources { id outlet headline author url language contentSha256 articleTextAvailable
                    published { earliest latest precision } claims { id } } }""");
        assertEquals(List.of("nysun", "bold-new-alliance", "daily-euro-times", "mamedov", "goals-review"),
                data.getList("sources.id").subList(0, 5), "the seed articles come first (tests may add more)");
        assertEquals("The New York Sun", data.getString("sources[0].outlet"));
        assertTrue(data.getString("sources[0].url").startsWith("https://www.nysun.com/"));
        assertNull(data.get("sources[1].published"), "the article gives no date");
        assertEquals("Eldar Mamedov", data.getString("sources[3].author"));
        assertEquals("2025-07-11", data.getString("sources[4].published.earliest"));
        assertEquals("DAY", data.getString("sources[4].published.precision"));
        for (int i = 0; i < 5; i++) {
            assertFalse(data.getList("sources[" + i + "].claims").isEmpty(), "source " + i + " has claims");
            assertTrue(data.getString("sources[" + i + "].contentSha256").matches("[0-9a-f]{64}"));
            assertTrue(data.getBoolean("sources[" + i + "].articleTextAvailable"));
            assertEquals("en", data.getString("sources[" + i + "].language"));
        }
    }

    @Test
    void oneSourceWithEveryClaimItMakes() {
        JsonPath data = GraphQL.data("""
                { source(id: "bold-new-alliance") { headline claims { id fact { id } source { id } } } }""");
        assertEquals("Central Asia: Russia’s Bold New Alliance", data.getString("source.headline"));
        List<String> sources = data.getList("source.claims.source.id");
        assertTrue(sources.size() >= 5);
        assertTrue(sources.stream().allMatch("bold-new-alliance"::equals));
        assertTrue(data.getList("source.claims.fact.id").contains("mujahid-positive-message"));
    }
}
