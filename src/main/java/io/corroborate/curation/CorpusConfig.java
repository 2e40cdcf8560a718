package io.corroborate.curation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.util.List;

/** Where the curated corpus and the article texts it was curated from are, and when to load them. */
@ConfigMapping(prefix = "corroborate.corpus")
public interface CorpusConfig {

    /** Load the curated corpus files when the service starts (idempotent). */
    @WithDefault("false")
    boolean loadOnStart();

    /** Classpath resources of the curated corpus files, loaded in this order. */
    @WithDefault("db/corpus/russia-recognizes-taliban-2025.json")
    List<String> files();

    /** Directory holding the article texts the corpus was curated from (never committed to the repository). */
    @WithDefault("../shared/seeds")
    Path articles();

    /** Refuse to load when an article text is missing, instead of loading its claims unchecked. */
    @WithDefault("false")
    boolean requireArticles();
}
