package io.corroborate.compare;

import io.corroborate.fact.Claim;
import io.corroborate.value.QuoteValue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Verdicts are maintained per change, recomputing only the touched facts and their quote neighbours: after any
 * sequence of random writes (quotes sharing words across facts, edits, retractions, relations between speakers)
 * every stored comparison equals what comparing the whole story at once gives, and a write leaves the
 * comparisons of facts it cannot affect untouched.
 */
@QuarkusTest
class MaintainedVerdictsTest {

    @Inject
    ComparisonStore store;

    @Test
    void randomWritesLeaveTheVerdictsAWholeStoryComparisonGives() {
        Random random = new Random(20261123);
        QuoteScene scene = QuarkusTransaction.requiringNew().call(() -> QuoteScene.create("maintained", 10));
        List<Long> claims = new ArrayList<>();
        for (int step = 0; step < 120; step++) {
            int op = random.nextInt(10);
            QuarkusTransaction.requiringNew().run(() -> {
                if (op < 6 || claims.isEmpty()) {
                    claims.add(scene.quote(random, claims.size()));
                } else if (op < 8) {
                    Claim claim = Claim.findById(claims.get(random.nextInt(claims.size())));
                    claim.setValue(new QuoteValue(QuoteScene.words(random), claim.valueEntityId));
                    claim.valueAsWritten = ((QuoteValue) claim.getValue()).text();
                } else if (op < 9) {
                    Claim claim = Claim.findById(claims.get(random.nextInt(claims.size())));
                    claim.retractedAt = Instant.now();
                    claim.retractedBy = "test";
                    claim.retractionReason = "withdrawn";
                } else {
                    scene.relate(random);
                }
            });
            if (random.nextInt(3) == 0) {
                Comparisons.settle();
                StoredVerdicts.assertMatchWholeStory(store, scene.story(), "step " + step);
            }
        }
        Comparisons.settle();
        StoredVerdicts.assertMatchWholeStory(store, scene.story(), "end");
    }

    @Test
    void aWriteRecomputesOnlyTheFactsItCanAffect() {
        QuoteScene scene = QuarkusTransaction.requiringNew().call(() -> QuoteScene.create("bounded", 40));
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 40; i++) {
                scene.quoteOn(scene.facts().get(i), 0, 0, "only fact" + i + " says word" + i, i);
            }
        });
        Comparisons.settle();
        Map<Long, Instant> before = StoredVerdicts.computedAt(scene.story());
        QuarkusTransaction.requiringNew().run(() -> scene.quoteOn(scene.facts().get(3), 1, 1, "fact7 says word7", 99));
        Comparisons.settle();
        Map<Long, Instant> after = StoredVerdicts.computedAt(scene.story());
        List<Long> recomputed = before.keySet().stream().filter(id -> !before.get(id).equals(after.get(id))).sorted().toList();
        assertEquals(List.of(scene.facts().get(3), scene.facts().get(7)).stream().sorted().toList(), recomputed,
                "the written fact and the one whose quote it repeats; the other 38 facts stay as they were");
        StoredVerdicts.assertMatchWholeStory(store, scene.story(), "bounded");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> StoredComparison.<StoredComparison>findById(scene.facts().get(7)))
                .conflictKinds.contains("ATTRIBUTION"));
    }
}
