package io.corroborate.scaling;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** One packaged service (target/quarkus-app) started as its own process on a free loopback port. */
final class ServiceInstance implements AutoCloseable {

    private final Process process;
    private final int port;
    private String token;

    private ServiceInstance(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the jar in dev profile (dev keys, demo users, seed corpus) on the schema, and waits until it is ready. */
    static ServiceInstance start(String name, String schema, Duration timeout) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dquarkus.profile=dev", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.flyway.schemas=" + schema, "-Dquarkus.hibernate-orm.database.default-schema=" + schema,
                "-Dquarkus.log.category.\"io.corroborate\".level=INFO", "-Dcorroborate.consensus.refresh-every=1s", "-Dcorroborate.rate.anonymous-per-second=0",
                "-jar", "target/quarkus-app/quarkus-run.jar"));
        File log = new File("target/two-instances-" + name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        ServiceInstance instance = new ServiceInstance(process, port);
        try {
            instance.awaitReady(timeout, log);
            instance.token = instance.data("mutation { login(username: \"curator\", password: \"curator\") { token } }", Map.of())
                    .getString("login.token");
            return instance;
        } catch (RuntimeException | InterruptedException e) {
            instance.close();
            throw e;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitReady(Duration timeout, File log) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped during start-up; see " + log);
            }
            try {
                if (request().get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notListeningYet) {
                // the port opens only once start-up is done
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("not ready within " + timeout + "; see " + log);
    }

    private RequestSpecification request() {
        return given().baseUri("http://127.0.0.1").port(port);
    }

    /** Runs a document as the curator signed in on this instance; fails on any GraphQL error. */
    JsonPath data(String document, Map<String, Object> variables) {
        RequestSpecification request = request().contentType("application/json");
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        JsonPath answer = request.body(Map.of("query", document, "variables", variables)).post("/graphql")
                .then().statusCode(200).extract().jsonPath();
        if (answer.get("errors") != null) {
            throw new AssertionError("GraphQL errors on port " + port + ": " + answer.prettify());
        }
        return answer.setRootPath("data");
    }

    /** Where its GraphQL endpoint is, for WebSocket clients: ws://127.0.0.1:port/graphql. */
    String socketUrl() {
        return "ws://127.0.0.1:" + port + "/graphql";
    }

    /** The curator's bearer token on this instance. */
    String token() {
        return token;
    }

    /** The whole answer as JSON text, for exact comparison between instances. */
    String answer(String document) {
        return data(document, Map.of()).prettify();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** Drops a schema the instances of an integration test share (before they start, and after they stopped). */
    static void dropSchema(String schema) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            db.createStatement().execute("drop schema if exists " + schema + " cascade");
        }
    }

    /** Stops the instances that started (null for one that did not), then drops their schema. */
    static void stopAll(String schema, ServiceInstance... instances) throws InterruptedException, SQLException {
        for (ServiceInstance instance : instances) {
            if (instance != null) {
                instance.close();
            }
        }
        dropSchema(schema);
    }
}
