package io.corroborate.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A 500-request slice of the hostile-input generator (src/test/node/hostile.mjs) against the test server: no answer
 * with status 500 or above, every GraphQL error with a code the README documents, no answer naming the service's
 * internals, and not one row of any table changed. bench/hostile/run.sh runs 10,000 and more.
 */
@QuarkusTest
class HostileInputTest {

    private static final String SCRIPT = "src/test/node/hostile.mjs";
    private static final int REQUESTS = 500;
    private static final long TIMEOUT_MINUTES = 5;

    @TestHTTPResource("/graphql")
    URL graphql;

    @Inject
    DataSource database;

    @Inject
    Scheduler scheduler;

    @ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema")
    String schema;

    @BeforeEach
    void pauseBackgroundJobs() {
        scheduler.pause();
    }

    @AfterEach
    void resumeBackgroundJobs() {
        scheduler.resume();
    }

    @Test
    void hostileRequestsAreRefusedCleanlyAndChangeNothing() throws Exception {
        Path root = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        Map<String, String> before = quietChecksums();

        File report = File.createTempFile("hostile", ".json");
        File log = File.createTempFile("hostile", ".txt");
        report.deleteOnExit();
        log.deleteOnExit();
        Process node;
        try {
            node = new ProcessBuilder("node", SCRIPT, graphql.toString(), "--count", String.valueOf(REQUESTS), "--seed", "1",
                    "--concurrency", "2", "--readme", "README.md", "--out", report.getPath())
                    .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log).start();
        } catch (IOException e) {
            throw new AssertionError("could not start `node` (Node.js 18 or later must be on the PATH)", e);
        }
        if (!node.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            node.destroyForcibly();
            fail("the hostile requests did not finish within " + TIMEOUT_MINUTES + " minutes:\n" + read(log));
        }
        String output = read(log);
        System.out.println(output);
        assertTrue(node.exitValue() != 2 && report.length() > 0, "the generator could not run:\n" + output);

        JsonNode summary = new ObjectMapper().readTree(report).get("summary");
        assertEquals(REQUESTS, summary.get("sent").asInt());
        assertEquals(0, summary.get("status5xx").asInt(), "answers with status 500 or above:\n" + output);
        assertEquals(0, summary.get("noAnswer").asInt(), "requests the server never answered:\n" + output);
        assertEquals(0, summary.get("failures").asInt(), "answers breaking a rule (code, internals, status):\n" + output);
        assertEquals(before, checksums(), "a hostile request changed the database");
    }

    /** The checksums once two readings a second apart agree: a background job paused mid-run may still be committing. */
    private Map<String, String> quietChecksums() throws SQLException, InterruptedException {
        Map<String, String> last = checksums();
        for (int i = 0; i < 30; i++) {
            Thread.sleep(1000);
            Map<String, String> now = checksums();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    /** Row count and an md5 of every row, per table of the test schema. */
    private Map<String, String> checksums() throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select table_name from information_schema.tables where table_schema = '"
                    + schema + "' and table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            assertTrue(tables.size() > 5, "no tables found in schema " + schema);
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select count(*) || ' ' || coalesce(md5(string_agg(t::text, '' order by t::text)), '-')"
                        + " from \"" + schema + "\".\"" + table + "\" t")) {
                    rows.next();
                    sums.put(table, rows.getString(1));
                }
            }
        }
        return sums;
    }

    private static String read(File file) throws IOException {
        return Files.readString(file.toPath(), StandardCharsets.UTF_8);
    }
}
