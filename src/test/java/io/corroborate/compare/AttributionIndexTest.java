package io.corroborate.compare;

import io.corroborate.value.QuoteValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The cross-fact misattribution check looks a quote up by its rarest word instead of pairing every two quotes:
 * on random stories it finds exactly the suspects the pairwise definition gives, in the same order.
 */
class AttributionIndexTest {

    private static final List<String> WORDS = List.of("bold", "decision", "brave", "russia", "we", "thank", "the", "a", "reality");

    @Test
    void theIndexFindsWhatPairingEveryTwoQuotesFinds() {
        Random random = new Random(20261123);
        for (int round = 0; round < 300; round++) {
            List<Comparison.FactClaims> facts = story(random);
            Tolerances tolerances = new Tolerances(Tolerances.DEFAULT.about(), Tolerances.DEFAULT.nearly(), 1 + random.nextInt(3));
            List<String> expected = pairwise(facts, tolerances).stream().map(AttributionIndexTest::describe).toList();
            List<String> actual = Attribution.across(facts, tolerances, EntityGraph.NONE).stream().map(AttributionIndexTest::describe).toList();
            assertEquals(expected, actual, "round " + round);
        }
    }

    private static List<Comparison.FactClaims> story(Random random) {
        List<Comparison.FactClaims> facts = new ArrayList<>();
        for (int f = 0; f < 2 + random.nextInt(5); f++) {
            List<ComparedClaim> claims = new ArrayList<>();
            for (int c = 0; c < 1 + random.nextInt(3); c++) {
                StringBuilder words = new StringBuilder();
                for (int w = 0; w < 1 + random.nextInt(4); w++) {
                    words.append(w == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
                }
                String source = "s" + random.nextInt(3);
                String speaker = "p" + random.nextInt(3);
                claims.add(new ComparedClaim("f" + f + "/c" + c, source, source, words.toString(), new QuoteValue(words.toString(), 1L),
                        speaker, Set.of(speaker)));
            }
            facts.add(new Comparison.FactClaims("f" + f, claims));
        }
        return facts;
    }

    /** The definition: every two quotes of different facts, by different sources and speakers, one a cut of the other. */
    private static List<Attribution.Suspect> pairwise(List<Comparison.FactClaims> facts, Tolerances tolerances) {
        List<Attribution.Suspect> suspects = new ArrayList<>();
        for (int f = 0; f < facts.size(); f++) {
            for (int g = f + 1; g < facts.size(); g++) {
                for (ComparedClaim a : facts.get(f).claims()) {
                    for (ComparedClaim b : facts.get(g).claims()) {
                        if (!a.source().equals(b.source()) && !Objects.equals(a.entity(), b.entity())
                                && QuoteRule.sharedWords(a.written(), b.written()) >= tolerances.attributionMinWords()) {
                            suspects.add(new Attribution.Suspect(facts.get(f).fact(), a, b));
                            suspects.add(new Attribution.Suspect(facts.get(g).fact(), b, a));
                        }
                    }
                }
            }
        }
        return suspects;
    }

    private static String describe(Attribution.Suspect suspect) {
        return suspect.fact() + ":" + suspect.own().id() + "~" + suspect.other().id();
    }
}
