package io.corroborate.ops;

import io.corroborate.curation.CorpusConfig;
import io.corroborate.curation.CorpusStartup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the curated corpus is loaded, or at once when it is not loaded at start. */
@Readiness
@ApplicationScoped
public class CorpusReadiness implements HealthCheck {

    private final CorpusConfig config;
    private final CorpusStartup startup;

    public CorpusReadiness(CorpusConfig config, CorpusStartup startup) {
        this.config = config;
        this.startup = startup;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("corpus")
                .status(!config.loadOnStart() || startup.loaded())
                .withData("loadOnStart", config.loadOnStart())
                .build();
    }
}
