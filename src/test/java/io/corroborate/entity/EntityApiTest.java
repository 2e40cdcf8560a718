package io.corroborate.entity;

import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class EntityApiTest {

    private static final String SEARCH = """
            query($search: String, $kind: EntityKind) { entities(search: $search, kind: $kind) { id name aliases kind } }""";

    @Test
    void findsAnEntityByAnyOfItsSpellings() {
        assertEquals(List.of("sergei-lavrov"), GraphQL.data(SEARCH, Map.of("search", "sergey")).getList("entities.id"));
        assertEquals(List.of("iskp"), GraphQL.data(SEARCH, Map.of("search", "isis-khorasan")).getList("entities.id"));
    }

    @Test
    void filtersByKind() {
        List<String> kinds = GraphQL.data(SEARCH, Map.of("kind", "PERSON")).getList("entities.kind");
        assertTrue(kinds.size() >= 10);
        assertTrue(kinds.stream().allMatch("PERSON"::equals));
    }

    @Test
    void everythingAttributedToMujahid() {
        JsonPath data = GraphQL.data("""
                { entity(id: "zabihullah-mujahid") { name claims { fact { id kind } source { id }
                    value { ... on QuoteValue { text } } } factsAbout { id } } }""");
        assertEquals("Zabihullah Mujahid", data.getString("entity.name"));
        List<String> sources = data.getList("entity.claims.source.id");
        assertTrue(sources.containsAll(List.of("nysun", "bold-new-alliance")), sources.toString());
        assertTrue(data.getList("entity.claims.value.text").contains("We are thankful to Russia for this bold decision"));
        assertTrue(data.getList("entity.factsAbout.id").contains("mujahid-role"));
    }
}
