package io.corroborate.compare;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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
    private final Timer runs;
    private volatile boolean stopping;

    public ComparisonDrain(ComparisonStore store, CompareConfig config, MeterRegistry registry) {
        this.store = store;
        this.config = config;
        this.runs = Timer.builder("corroborate.jobs").description("Runs of the background jobs").tag("job", "comparison-drain")
                .register(registry);
    }

    @Scheduled(every = "${corroborate.compare.drain-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drain() {
        if (!stopping) {
            runs.record(() -> store.drain(config.drainChunk(), () -> stopping));
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }
}
