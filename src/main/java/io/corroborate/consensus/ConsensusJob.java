package io.corroborate.consensus;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.event.Observes;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps the consensus fresh: recomputes changed stories in the background, never while a reader or writer waits. */
@ApplicationScoped
public class ConsensusJob {

    /** Held while a run is under way, so that shutdown lets it finish instead of pulling the container from under it. */
    private final Semaphore running = new Semaphore(1);
    private volatile boolean stopping;
    private final ConsensusRefresh refresh;
    private final Timer runs;

    public ConsensusJob(ConsensusRefresh refresh, MeterRegistry registry) {
        this.refresh = refresh;
        this.runs = Timer.builder("corroborate.jobs").description("Runs of the background jobs").tag("job", "consensus-refresh")
                .register(registry);
    }

    @Scheduled(every = "${corroborate.consensus.refresh-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "${corroborate.consensus.refresh-every:10s}")
    void refresh() {
        if (stopping || !running.tryAcquire()) {
            return;
        }
        try {
            runs.record(() -> refresh.refreshChanged(() -> stopping));
        } finally {
            running.release();
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        if (running.tryAcquire(30, TimeUnit.SECONDS)) {
            running.release();
        }
    }
}
