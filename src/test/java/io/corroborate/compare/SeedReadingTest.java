package io.corroborate.compare;

import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Golden test: the API's verdicts on the seed story are the careful reading in docs/seed-reading.md. */
@QuarkusTest
class SeedReadingTest {

    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\| [A-Z_]+ \\| ([A-Z_]+) \\|");

    private static Map<String, String> reading() throws IOException {
        Matcher row = ROW.matcher(Files.readString(Path.of("docs/seed-reading.md")));
        Map<String, String> verdicts = new LinkedHashMap<>();
        while (row.find()) {
            verdicts.put(row.group(1), row.group(2));
        }
        return verdicts;
    }

    @Test
    void everyFactHasTheVerdictACarefulReaderSigns() throws IOException {
        Map<String, String> expected = reading();
        assertTrue(expected.size() >= 50, "the reading covers the story: " + expected.size() + " facts");
        List<Map<String, Object>> facts = GraphQL.data("""
                { story(id: "russia-recognizes-taliban-2025") { facts { id comparison { verdict } } } }""").getList("story.facts");
        Map<String, String> actual = new TreeMap<>();
        facts.forEach(f -> actual.put((String) f.get("id"), (String) ((Map<?, ?>) f.get("comparison")).get("verdict")));
        assertEquals(new TreeMap<>(expected), actual);
    }

    @Test
    void theWorklistListsTheGenuineDiscrepanciesAndNothingElse() throws IOException {
        List<String> genuine = reading().entrySet().stream().filter(e -> e.getValue().equals("CONFLICT")).map(Map.Entry::getKey).sorted().toList();
        List<String> listed = GraphQL.data("""
                { discrepancies(story: "russia-recognizes-taliban-2025", first: 100) { edges { node { id } } } }""")
                .<String>getList("discrepancies.edges.node.id").stream().sorted().toList();
        assertEquals(genuine, listed);
    }
}
