package io.corroborate.consensus;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The peak Java heap in use while it is open, in the JVM that runs both the test and the service (a
 * QuarkusTest serves from the test's own process). Two figures: the largest heap in use seen by sampling every
 * 10 ms, and the sum of the heap pools' own peaks since opening (the JVM tracks those at every collection and
 * allocation, so no spike is missed; as the pools peak at different moments the sum is an upper bound).
 */
public final class HeapPeak implements AutoCloseable {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Thread sampler;
    private volatile boolean open = true;
    private volatile long sampled;

    public HeapPeak() {
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampler = new Thread(() -> {
            while (open) {
                sampled = Math.max(sampled, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-peak");
        sampler.setDaemon(true);
        sampler.start();
    }

    public long sampledBytes() {
        return sampled;
    }

    public long poolPeaksBytes() {
        return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    @Override
    public void close() throws InterruptedException {
        open = false;
        sampler.join();
    }
}
