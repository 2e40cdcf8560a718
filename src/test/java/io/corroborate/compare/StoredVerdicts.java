package io.corroborate.compare;

import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What tests check of the stored comparisons of a story. */
final class StoredVerdicts {

    private StoredVerdicts() {
    }

    /** Every stored comparison of the story equals what comparing the whole story at once gives. */
    static void assertMatchWholeStory(ComparisonStore store, Long story, String when) {
        QuarkusTransaction.requiringNew().run(() -> {
            Map<Long, FactComparison> whole = store.wholeStory(story);
            Map<Long, StoredComparison> stored = store.forFacts(whole.keySet());
            for (Long fact : whole.keySet()) {
                assertEquals(whole.get(fact), stored.get(fact).comparison, when + ", fact " + fact);
            }
        });
    }

    /** When each fact's stored comparison was computed. */
    static Map<Long, Instant> computedAt(Long story) {
        return QuarkusTransaction.requiringNew().call(() -> StoredComparison.<StoredComparison>list("storyId", story).stream()
                .collect(Collectors.toMap(c -> c.factId, c -> c.computedAt)));
    }
}
