package io.corroborate.compare;

import io.corroborate.fact.Claim;
import io.corroborate.value.QuoteValue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When a large share of a story is queued at once (a bulk import), the drain settles the story in one pass over
 * all of its facts: the stored comparisons are those a whole-story comparison gives, the facts the queued ones
 * share quotes with are stored too, the shingle index serves later small changes, and entries queued by other
 * transactions while the pass runs stay queued.
 */
@QuarkusTest
class WholeStoryDrainTest {

    /** More than two drain chunks (500 facts), so chunk by chunk would take several transactions. */
    private static final int FACTS = 1_200;

    @Inject
    ComparisonStore store;

    @Inject
    DataSource database;

    @ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema")
    String schema;

    @Test
    void aStoryQueuedAtOnceIsSettledInOnePassAsTheWholeStoryComparisonGivesIt() {
        QuoteScene scene = QuarkusTransaction.requiringNew().call(() -> QuoteScene.create("bulk", FACTS));
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < FACTS; i++) {
                scene.quoteOn(scene.facts().get(i), i % 3, i % 3, said(i), i);
                if (i % 10 == 0) {
                    // the words of a fact half a story away, from another source and speaker: a misattribution across chunks
                    scene.quoteOn(scene.facts().get(i), (i + 1) % 3, (i + 1) % 3, said((i + FACTS / 2 - 1) % FACTS), FACTS + i);
                }
            }
        });
        Comparisons.settle();
        assertEquals(1, Set.copyOf(StoredVerdicts.computedAt(scene.story()).values()).size(),
                "every fact of the story is stored by one transaction");
        StoredVerdicts.assertMatchWholeStory(store, scene.story(), "after the whole-story pass");

        QuarkusTransaction.requiringNew().run(() -> scene.quoteOn(scene.facts().get(1), 1, 1, said(3), 3 * FACTS));
        Comparisons.settle();
        StoredVerdicts.assertMatchWholeStory(store, scene.story(), "after a small change found its neighbour in the shingle index");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> StoredComparison.<StoredComparison>findById(scene.facts().get(3)))
                .conflictKinds.contains("ATTRIBUTION"));
    }

    @Test
    void aQueuedShareOfAStoryStoresTheQueuedFactsAndTheFactsTheyShareQuotesWith() {
        QuoteScene scene = QuarkusTransaction.requiringNew().call(() -> QuoteScene.create("share", 40));
        Long repeat = QuarkusTransaction.requiringNew().call(() -> {
            for (int i = 0; i < 40; i++) {
                scene.quoteOn(scene.facts().get(i), 0, 0, "only " + said(i), i);
            }
            return scene.quoteOn(scene.facts().get(5), 1, 1, said(31), 40);
        });
        Comparisons.settle();
        Map<Long, Instant> before = StoredVerdicts.computedAt(scene.story());
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 10; i < 21; i++) {
                scene.quoteOn(scene.facts().get(i), 2, 2, said(i), 100 + i);
            }
            scene.quoteOn(scene.facts().get(3), 1, 1, said(30), 200);
            Claim claim = Claim.findById(repeat);
            claim.setValue(new QuoteValue("nothing repeated", claim.valueEntityId));
            claim.valueAsWritten = "nothing repeated";
        });
        Comparisons.settle();
        Map<Long, Instant> after = StoredVerdicts.computedAt(scene.story());
        Set<Long> expected = new HashSet<>(scene.facts().subList(10, 21));
        Stream.of(3, 5, 30, 31).forEach(i -> expected.add(scene.facts().get(i)));
        assertEquals(expected, new HashSet<>(before.keySet().stream().filter(id -> !before.get(id).equals(after.get(id))).toList()),
                "the 13 written facts, fact 30 whose quote fact 3 now repeats and fact 31 whose quote fact 5 no longer repeats");
        StoredVerdicts.assertMatchWholeStory(store, scene.story(), "share");
    }

    @Test
    void entriesQueuedWhileTheStoryIsSettledStayQueued() throws Exception {
        Comparisons.settle(); // nothing else queued: the pass that runs below is this story's
        QuoteScene scene = QuarkusTransaction.requiringNew().call(() -> QuoteScene.create("concurrent", 10));
        Long retracted = QuarkusTransaction.requiringNew().call(() -> {
            for (int i = 1; i < 10; i++) {
                scene.quoteOn(scene.facts().get(i), i % 3, i % 3, said(i), i);
            }
            return scene.quoteOn(scene.facts().get(4), 0, 0, said(4) + " again", 10);
        });
        long entry;
        CompletableFuture<Void> pass;
        try (Connection writer = database.getConnection(); Statement sql = writer.createStatement()) {
            writer.setAutoCommit(false);
            sql.execute("set local search_path to " + schema);
            // the pass reads the queue and the claims, then waits here to store the comparisons
            sql.execute("lock table fact_comparison in access exclusive mode");
            pass = CompletableFuture.runAsync(Comparisons::settle);
            awaitPassWaitingToStore(scene.story());
            sql.executeUpdate("update claim set retracted_at = now(), retracted_by = 'test', retraction_reason = 'withdrawn' where id = "
                    + retracted);
            entry = single(sql, "select id from comparison_queue where xact = pg_current_xact_id()");
            writer.commit();
        }
        pass.get(30, TimeUnit.SECONDS);
        assertEquals(List.of(entry), queueEntries(scene.story()), "the entry queued after the pass read the queue");
        Comparisons.settle();
        assertEquals(List.of(), queueEntries(scene.story()));
        StoredVerdicts.assertMatchWholeStory(store, scene.story(), "after the next turn of the drain");
    }

    /** Waits until the transaction holding the story's lock waits for the comparisons table. */
    private void awaitPassWaitingToStore(Long story) throws Exception {
        String waiting = """
                select count(*) from pg_locks story join pg_locks store on store.pid = story.pid
                where story.locktype = 'advisory' and story.classid = 1129270867 and story.objid = %d and story.granted
                  and store.relation = '%s.fact_comparison'::regclass and not store.granted""".formatted(story, schema);
        try (Connection watcher = database.getConnection(); Statement sql = watcher.createStatement()) {
            for (int i = 0; i < 600 && single(sql, waiting) == 0; i++) {
                Thread.sleep(50);
            }
            assertEquals(1, single(sql, waiting), "the pass never came to store its comparisons");
        }
    }

    private List<Long> queueEntries(Long story) {
        return QuarkusTransaction.requiringNew().call(() -> QueuedComparison.<QueuedComparison>list("storyId = ?1 order by id", story)
                .stream().map(q -> q.id).toList());
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String said(int fact) {
        return "fact" + fact + " says word" + fact;
    }
}
