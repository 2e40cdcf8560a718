package io.corroborate.api;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs graphql-http's GraphQL-over-HTTP audit (src/test/node/graphql-http-audit.mjs) against the test server:
 * every MUST item has to pass, and at least {@link #MIN_SHOULD} SHOULD items.
 */
@QuarkusTest
class GraphQLOverHttpAuditTest {

    /** SHOULD items the server passes today; raise it as the server conforms to more of them. */
    private static final int MIN_SHOULD = 23;

    private static final String SCRIPT = "src/test/node/graphql-http-audit.mjs";
    private static final long TIMEOUT_MINUTES = 5;

    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void theServerPassesTheGraphQLOverHttpAudit() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        assertTrue(Files.isDirectory(root.resolve("src/test/node/node_modules/graphql-http")),
                "the audit tool is not installed: run `npm ci --prefix src/test/node` in " + root);

        File log = File.createTempFile("graphql-http-audit", ".txt");
        log.deleteOnExit();
        Process node;
        try {
            node = new ProcessBuilder("node", SCRIPT, graphql.toString(), "--min-should", String.valueOf(MIN_SHOULD),
                    "--verbose")
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log)
                    .start();
        } catch (IOException e) {
            throw new AssertionError("could not start `node` (Node.js 18 or later must be on the PATH)", e);
        }
        if (!node.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            node.destroyForcibly();
            fail("the audit did not finish within " + TIMEOUT_MINUTES + " minutes:\n" + read(log));
        }
        String output = read(log);
        System.out.println(output);
        assertEquals(0, node.exitValue(), "GraphQL-over-HTTP audit of " + graphql + " failed:\n" + output);
    }

    private static String read(File file) throws IOException {
        return Files.readString(file.toPath(), StandardCharsets.UTF_8);
    }
}
