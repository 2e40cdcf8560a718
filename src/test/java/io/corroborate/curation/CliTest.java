package io.corroborate.curation;

import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bin/corroborate, run as a user runs it: every failure is one line on stderr and a non-zero exit code. */
@QuarkusTest
class CliTest {

    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static String service() {
        return "http://localhost:" + RestAssured.port;
    }

    private static Run run(String url, String token, String... args) throws IOException, InterruptedException {
        Path root = SampleFilesTest.Repo.root();
        ProcessBuilder builder = new ProcessBuilder(root.resolve("bin/corroborate").toString());
        builder.command().addAll(List.of(args));
        builder.directory(root.toFile());
        builder.environment().put("CORROBORATE_URL", url);
        builder.environment().remove("CORROBORATE_TOKEN");
        if (token != null) {
            builder.environment().put("CORROBORATE_TOKEN", token);
        }
        File out = File.createTempFile("cli", ".out");
        File err = File.createTempFile("cli", ".err");
        try {
            Process process = builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out).redirectError(err).start();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "bin/corroborate did not finish");
            return new Run(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                    Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } finally {
            out.delete();
            err.delete();
        }
    }

    private static void assertOneLine(Run run, String expected) {
        assertNotEquals(0, run.exit(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().startsWith(expected), run.toString());
        assertFalse(run.err().contains("Traceback"), run.toString());
    }

    @Test
    void aServiceThatIsNotThereIsOneLineForEveryCommand() throws Exception {
        String closed = "http://127.0.0.1:9";
        String expected = "corroborate: cannot reach the service at " + closed + " (connection refused); is it running?";
        assertOneLine(run(closed, null, "login", "curator", "curator"), expected);
        assertOneLine(run(closed, "some-token", "import", "db/samples/claims.jsonl"), expected);
        assertOneLine(run("http://no-such-host.invalid", "some-token", "import", "db/samples/claims.csv"),
                "corroborate: cannot reach the service at http://no-such-host.invalid (unknown host)");
    }

    @Test
    void anAnswerThatIsNotTheServicesIsOneLine() throws Exception {
        String elsewhere = service() + "/not-corroborate";
        assertOneLine(run(elsewhere, null, "login", "curator", "curator"),
                "corroborate: unexpected answer from " + elsewhere + "/graphql (HTTP 404)");
        assertOneLine(run(elsewhere, GraphQL.login("curator", "curator"), "import", "db/samples/claims.jsonl"),
                "corroborate: unexpected answer from " + elsewhere + "/import/claims (HTTP 404)");
    }

    @Test
    void signingInAndARefusedImportAgainstTheService() throws Exception {
        Run login = run(service(), null, "login", "curator", "curator");
        assertEquals(0, login.exit(), login.toString());
        assertEquals("", login.err());
        String token = login.out().strip();
        assertOneLine(run(service(), null, "login", "curator", "wrong"), "corroborate: login failed: ");

        Path bad = Files.createTempFile("claims", ".jsonl");
        try {
            Files.writeString(bad, "{\"fact\": \"no-such-fact\", \"source\": \"nysun\", \"value\": \"3\"}\n");
            Run refused = run(service(), token, "import", bad.toString());
            assertOneLine(refused, "corroborate: import refused (HTTP 422): nothing was written");
            assertTrue(refused.out().contains("\"committed\":false") && refused.out().contains("no-such-fact"), refused.toString());
            assertOneLine(run(service(), "not-a-token", "import", bad.toString()), "corroborate: not signed in");
        } finally {
            Files.delete(bad);
        }
    }
}
