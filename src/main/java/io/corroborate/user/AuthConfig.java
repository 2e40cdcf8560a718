package io.corroborate.user;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Sign-in settings. */
@ConfigMapping(prefix = "corroborate.auth")
public interface AuthConfig {

    /** How long a token from `login` stays valid. */
    @WithDefault("PT8H")
    Duration tokenLifetime();

    /** The issuer written into tokens; must equal mp.jwt.verify.issuer. */
    @WithDefault("corroborate")
    String issuer();

    /** Create the documented demo users at start (dev mode only; never in production). */
    @WithDefault("false")
    boolean demoUsers();

    /** "name:password" of the editor to create when the server has no user at all (first start in production). */
    java.util.Optional<String> firstEditor();
}
