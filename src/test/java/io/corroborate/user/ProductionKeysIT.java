package io.corroborate.user;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The production artifact holds no signing key, and a production start without keys of its own is refused. */
class ProductionKeysIT {

    @Test
    void theJarHoldsNoKey() throws IOException {
        try (var jars = Files.list(Path.of("target/quarkus-app/app"))) {
            for (Path jar : jars.toList()) {
                try (JarFile entries = new JarFile(jar.toFile())) {
                    assertFalse(entries.stream().anyMatch(e -> e.getName().endsWith(".pem") || e.getName().contains("dev-keys")),
                            jar + " holds a key");
                }
            }
        }
        assertEquals(SigningKeys.DEV_PUBLIC_KEY, SigningKeys.fingerprint(Files.readString(Path.of("dev-keys/publicKey.pem"))));
    }

    @Test
    void productionWithoutKeysRefusesToStart() throws Exception {
        String log = startProduction("nokeys");
        assertTrue(log.contains("SMALLRYE_JWT_SIGN_KEY_LOCATION"), log);
    }

    @Test
    void productionWithTheDevKeysRefusesToStart() throws Exception {
        String log = startProduction("devkeys", "-Dsmallrye.jwt.sign.key.location=file:dev-keys/privateKey.pem",
                "-Dmp.jwt.verify.publickey.location=file:dev-keys/publicKey.pem");
        assertTrue(log.contains("public dev keys"), log);
    }

    /** Starts the jar in the production profile and returns its log once it has exited, which it must do by itself. */
    private static String startProduction(String name, String... settings) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Dquarkus.http.port=0", "-Dquarkus.flyway.schemas=corroborate_keys_it",
                "-Dquarkus.hibernate-orm.database.default-schema=corroborate_keys_it"));
        command.addAll(List.of(settings));
        command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
        File log = new File("target/production-keys-" + name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        boolean exited = process.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        assertTrue(exited, "the service started without keys of its own; see " + log);
        assertTrue(process.exitValue() != 0, "it exits with an error");
        return Files.readString(log.toPath());
    }
}
