package io.corroborate.curation;

import io.corroborate.api.ListSizes;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Loads the curated corpus at start when corroborate.corpus.load-on-start is true (it is in dev and test). */
@ApplicationScoped
public class CorpusStartup {

    private static final Logger LOG = Logger.getLogger(CorpusStartup.class);

    private volatile boolean loaded;

    void onStart(@Observes StartupEvent event, CorpusConfig config, CorpusLoader loader, ListSizes listSizes) {
        if (!config.loadOnStart()) {
            return;
        }
        for (String file : config.files()) {
            LOG.info(loader.load(file));
        }
        listSizes.read();
        loaded = true;
    }

    /** Whether the corpus files were loaded (or found loaded already) since the service started. */
    public boolean loaded() {
        return loaded;
    }
}
