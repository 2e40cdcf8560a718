package io.corroborate.compare;

import io.corroborate.entity.EntityKind;
import io.corroborate.entity.EntityRelation;
import io.corroborate.entity.NamedEntity;
import io.corroborate.entity.RelationKind;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.corroborate.fact.FactKind;
import io.corroborate.source.Source;
import io.corroborate.story.Story;
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
import java.util.stream.Collectors;

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

    private static final List<String> WORDS = List.of("we", "welcome", "the", "bold", "decision", "brave", "step", "a");

    @Inject
    ComparisonStore store;

    @Test
    void randomWritesLeaveTheVerdictsAWholeStoryComparisonGives() {
        Random random = new Random(20261123);
        Scene scene = QuarkusTransaction.requiringNew().call(() -> Scene.create("maintained", 10));
        List<Long> claims = new ArrayList<>();
        for (int step = 0; step < 120; step++) {
            int op = random.nextInt(10);
            QuarkusTransaction.requiringNew().run(() -> {
                if (op < 6 || claims.isEmpty()) {
                    claims.add(scene.quote(random, claims.size()));
                } else if (op < 8) {
                    Claim claim = Claim.findById(claims.get(random.nextInt(claims.size())));
                    claim.setValue(new QuoteValue(Scene.words(random), claim.valueEntityId));
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
                assertMatchesWholeStory(scene.story, "step " + step);
            }
        }
        Comparisons.settle();
        assertMatchesWholeStory(scene.story, "end");
    }

    @Test
    void aWriteRecomputesOnlyTheFactsItCanAffect() {
        Scene scene = QuarkusTransaction.requiringNew().call(() -> Scene.create("bounded", 40));
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 40; i++) {
                scene.quoteOn(scene.facts.get(i), 0, 0, "only fact" + i + " says word" + i, i);
            }
        });
        Comparisons.settle();
        Map<Long, Instant> before = computedAt(scene.story);
        QuarkusTransaction.requiringNew().run(() -> scene.quoteOn(scene.facts.get(3), 1, 1, "fact7 says word7", 99));
        Comparisons.settle();
        Map<Long, Instant> after = computedAt(scene.story);
        List<Long> recomputed = before.keySet().stream().filter(id -> !before.get(id).equals(after.get(id))).sorted().toList();
        assertEquals(List.of(scene.facts.get(3), scene.facts.get(7)).stream().sorted().toList(), recomputed,
                "the written fact and the one whose quote it repeats; the other 38 facts stay as they were");
        assertMatchesWholeStory(scene.story, "bounded");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> StoredComparison.<StoredComparison>findById(scene.facts.get(7)))
                .conflictKinds.contains("ATTRIBUTION"));
    }

    private void assertMatchesWholeStory(Long story, String when) {
        QuarkusTransaction.requiringNew().run(() -> {
            Map<Long, FactComparison> whole = store.wholeStory(story);
            Map<Long, StoredComparison> stored = store.forFacts(whole.keySet());
            for (Long fact : whole.keySet()) {
                assertEquals(whole.get(fact), stored.get(fact).comparison, when + ", fact " + fact);
            }
        });
    }

    private static Map<Long, Instant> computedAt(Long story) {
        return QuarkusTransaction.requiringNew().call(() -> StoredComparison.<StoredComparison>list("storyId", story).stream()
                .collect(Collectors.toMap(c -> c.factId, c -> c.computedAt)));
    }

    /** A story of quote facts, three sources and four speakers. */
    private record Scene(Long story, List<Long> facts, List<Long> sources, List<Long> speakers) {

        static Scene create(String name, int factCount) {
            String n = name + "-" + System.nanoTime() % 1_000_000_000L;
            Story story = new Story();
            story.key = n;
            story.title = name;
            story.persist();
            List<Long> sources = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Source source = new Source();
                source.key = n + "-source-" + i;
                source.headline = "Source " + i;
                source.outlet = "Outlet " + i;
                source.language = "en";
                source.contentSha256 = "0".repeat(64);
                source.persist();
                sources.add(source.id);
            }
            List<Long> speakers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                NamedEntity speaker = new NamedEntity();
                speaker.key = n + "-speaker-" + i;
                speaker.kind = i == 3 ? EntityKind.ORGANIZATION : EntityKind.PERSON;
                speaker.name = "Speaker " + i;
                speaker.persist();
                speakers.add(speaker.id);
            }
            List<Long> facts = new ArrayList<>();
            for (int i = 0; i < factCount; i++) {
                Fact fact = new Fact();
                fact.key = n + "-fact-" + i;
                fact.storyId = story.id;
                fact.kind = FactKind.QUOTE;
                fact.question = "Who said it?";
                fact.persist();
                facts.add(fact.id);
            }
            return new Scene(story.id, facts, sources, speakers);
        }

        static String words(Random random) {
            return random.ints(1 + random.nextInt(5), 0, WORDS.size()).mapToObj(WORDS::get).collect(Collectors.joining(" "));
        }

        Long quote(Random random, int number) {
            return quoteOn(facts.get(random.nextInt(facts.size())), random.nextInt(sources.size()), random.nextInt(speakers.size()),
                    words(random), number);
        }

        Long quoteOn(Long fact, int source, int speaker, String text, int number) {
            Claim claim = new Claim();
            claim.key = Fact.<Fact>findById(fact).key + "/c" + number;
            claim.factId = fact;
            claim.kind = FactKind.QUOTE;
            claim.sourceId = sources.get(source);
            claim.valueAsWritten = text;
            claim.setValue(new QuoteValue(text, speakers.get(speaker)));
            claim.curatedBy = "test";
            claim.curatedAt = Instant.now();
            claim.persist();
            return claim.id;
        }

        void relate(Random random) {
            EntityRelation relation = new EntityRelation();
            relation.subjectId = speakers.get(random.nextInt(3));
            relation.kind = RelationKind.SPEAKS_FOR;
            relation.objectId = speakers.get(3);
            relation.curatedBy = "test";
            relation.curatedAt = Instant.now();
            if (EntityRelation.count("subjectId = ?1 and objectId = ?2", relation.subjectId, relation.objectId) == 0) {
                relation.persist();
            }
        }
    }
}
