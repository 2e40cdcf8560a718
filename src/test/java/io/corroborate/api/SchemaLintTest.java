package io.corroborate.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SDL served at /graphql/schema.graphql passes graphql-schema-linter with its default rules (none
 * disabled): descriptions everywhere and capitalised, Relay connection and PageInfo shapes, naming.
 */
@QuarkusTest
class SchemaLintTest {

    private static final String LINTER = "src/test/node/node_modules/graphql-schema-linter/lib/cli.js";

    @Test
    void theServedSchemaPassesTheLinter() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        assertTrue(Files.exists(root.resolve(LINTER)), "the linter is not installed: run `npm ci --prefix src/test/node` in " + root);
        Path sdl = Files.createTempFile("corroborate-schema", ".graphql");
        Files.writeString(sdl, given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString());
        Process linter = new ProcessBuilder("node", LINTER, sdl.toString()).directory(root.toFile()).redirectErrorStream(true).start();
        String output = new String(linter.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(linter.waitFor(2, TimeUnit.MINUTES), "the linter did not finish");
        assertEquals(0, linter.exitValue(), "graphql-schema-linter found problems:\n" + output);
        Files.delete(sdl);
    }
}
