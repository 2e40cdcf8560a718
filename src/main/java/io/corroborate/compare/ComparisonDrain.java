package io.corroborate.compare;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Settles in the background the comparisons that writers outside the API (bulk imports, SQL, migrations) left
 * queued, a chunk of one story's facts per transaction (a whole story when most of it is queued), so that no read
 * ever waits for them.
 */
@ApplicationScoped
public class ComparisonDrain {

    private final ComparisonStore store;
    private final CompareConfig config;
    private volatile boolean stopping;

    public ComparisonDrain(ComparisonStore store, CompareConfig config) {
        this.store = store;
        this.config = config;
    }

    @Scheduled(every = "${corroborate.compare.drain-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drain() {
        if (!stopping) {
            store.drain(config.drainChunk(), () -> stopping);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }
}
