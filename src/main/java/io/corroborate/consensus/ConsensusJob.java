package io.corroborate.consensus;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps the consensus fresh: recomputes in the background, never while a reader waits. */
@ApplicationScoped
public class ConsensusJob {

    private final ConsensusStore store;

    public ConsensusJob(ConsensusStore store) {
        this.store = store;
    }

    @Scheduled(every = "${corroborate.consensus.refresh-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "${corroborate.consensus.refresh-every:10s}")
    void refresh() {
        store.refreshIfStale();
    }
}
