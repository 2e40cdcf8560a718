package io.corroborate.export;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the exports name this instance: the base of the IRIs in ClaimReview documents, and the publisher's name. */
@ConfigMapping(prefix = "corroborate.export")
public interface ExportConfig {

    /** The public address of the service, without a trailing slash; facts, claims and curators get IRIs under it. */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    /** The organisation named as the author of the ClaimReviews. */
    @WithDefault("Corroborate")
    String publisher();
}
