package io.corroborate.api;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Heavy queries take turns; light ones never wait; a heavy one that waits too long is refused. */
class HeavyQueriesTest {

    @Test
    void lightQueriesNeverWaitAndHeavyOnesTakeTurns() throws Exception {
        HeavyQueries queries = new HeavyQueries(100, 1, Duration.ofMillis(200));
        Runnable first = queries.enter(1_000);
        for (int i = 0; i < 50; i++) {
            queries.enter(100).run();
        }
        long start = System.nanoTime();
        HeavyQueries.Busy busy = assertThrows(HeavyQueries.Busy.class, () -> queries.enter(1_000));
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(190), "it waited for its turn first");
        assertEquals("BUSY", busy.getExtensions().get("code"));

        CompletableFuture<Runnable> second = CompletableFuture.supplyAsync(() -> queries.enter(1_000));
        Thread.sleep(50);
        first.run();
        second.get(1, TimeUnit.SECONDS).run();
        queries.enter(1_000).run();
    }
}
