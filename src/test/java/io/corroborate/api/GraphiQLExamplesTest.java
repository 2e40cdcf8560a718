package io.corroborate.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GraphiQL's tabs (src/main/resources/graphiql/examples.json) are the README's example queries: when a README
 * query changes, copy it there.
 */
class GraphiQLExamplesTest {

    record Example(String name, String query) {
    }

    static final String WORKLIST = """
            query Worklist {
              discrepancies(story: "russia-recognizes-taliban-2025", first: 5) {
                totalCount
                edges { node { question comparison { verdict conflicts { kind explanation } } } }
              }
            }""";

    private static final Pattern GRAPHQL_BLOCK = Pattern.compile("(?ms)^( *)```graphql\\n(.*?)^\\1```");

    static List<Example> examples() throws IOException {
        try (InputStream in = GraphiQLExamplesTest.class.getClassLoader().getResourceAsStream("graphiql/examples.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<>() { });
        }
    }

    @Test
    void graphiqlOpensOnTheWorklist() throws IOException {
        assertEquals(WORKLIST, examples().get(0).query());
    }

    /** Each README block is one example, or several in a row (a block of two mutations is two tabs). */
    @Test
    void theExamplesAreTheReadmeQueries() throws IOException {
        List<Example> examples = examples();
        List<Example> unused = new ArrayList<>(examples);
        for (String block : readmeBlocks()) {
            List<Example> inBlock = examples.stream().filter(e -> block.contains(e.query()))
                    .sorted(Comparator.comparing(e -> block.indexOf(e.query()))).toList();
            String joined = inBlock.stream().map(Example::query).collect(Collectors.joining("\n"));
            assertEquals(block, joined, "README query missing from src/main/resources/graphiql/examples.json");
            unused.removeAll(inBlock);
        }
        assertEquals(List.of(), unused, "examples that are not README queries");
        assertEquals(examples.size(), examples.stream().map(Example::name).distinct().count(), "unique names");
    }

    /** The README's graphql blocks, unindented. */
    private static List<String> readmeBlocks() throws IOException {
        Matcher block = GRAPHQL_BLOCK.matcher(Files.readString(Path.of("README.md")));
        List<String> blocks = new ArrayList<>();
        while (block.find()) {
            String indent = block.group(1);
            blocks.add(block.group(2).lines().map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line)
                    .collect(Collectors.joining("\n")));
        }
        assertTrue(blocks.size() >= 5, "the README has example queries");
        return blocks;
    }
}
