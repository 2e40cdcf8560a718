package io.corroborate.user;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Outside dev and tests the service refuses to start without its own token keys: the throwaway dev pair is public in
 * the repository (and not in the jar), so tokens signed with it prove nothing, and without a key no token could be
 * verified at all.
 */
@ApplicationScoped
public class SigningKeys {

    /** SHA-256 of the base64 body of dev-keys/publicKey.pem. */
    static final String DEV_PUBLIC_KEY = "0e77daa70ad35eab04d3a7453547369249b11a26d35e990b8f22ba93912ba2eb";

    private final Config config;

    public SigningKeys(Config config) {
        this.config = config;
    }

    void check(@Observes StartupEvent start) {
        if (ConfigUtils.getProfiles().stream().anyMatch(p -> p.equals("dev") || p.equals("test"))) {
            return;
        }
        Optional<String> signing = setting("smallrye.jwt.sign.key.location").or(() -> setting("smallrye.jwt.sign.key"));
        Optional<String> verifyingAt = setting("mp.jwt.verify.publickey.location");
        Optional<String> verifying = verifyingAt.map(SigningKeys::read).or(() -> setting("mp.jwt.verify.publickey"));
        if (signing.isEmpty() || verifying.isEmpty()) {
            throw new IllegalStateException("Corroborate needs its own key pair to sign and verify tokens: set"
                    + " SMALLRYE_JWT_SIGN_KEY_LOCATION (private key) and MP_JWT_VERIFY_PUBLICKEY_LOCATION (public key); see the"
                    + " README, \"Users and tokens\".");
        }
        if (DEV_PUBLIC_KEY.equals(fingerprint(verifying.get()))) {
            throw new IllegalStateException("The configured token keys are the public dev keys of the repository: anyone could"
                    + " forge tokens. Generate a key pair of your own (README, \"Users and tokens\").");
        }
    }

    private Optional<String> setting(String name) {
        return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank());
    }

    private static String read(String location) {
        String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
        try {
            if (Files.exists(Path.of(path))) {
                return Files.readString(Path.of(path), StandardCharsets.US_ASCII);
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path.replaceFirst("^classpath:", ""))) {
                return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
        } catch (IOException e) {
            throw new IllegalStateException("The public key at " + location + " cannot be read: " + e.getMessage(), e);
        }
    }

    static String fingerprint(String pem) {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
