package io.corroborate.consensus;

import io.corroborate.compare.ComparedClaim;
import io.corroborate.compare.Comparison;
import io.corroborate.compare.Relation;
import io.corroborate.compare.Tolerances;
import io.corroborate.value.DateValue;
import io.corroborate.value.QuantityValue;
import io.corroborate.value.TextValue;

import java.util.HashSet;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * How much a claim supports another value of the same fact, from the comparison engine: compatible values
 * (a nested date, overlapping amounts, a cut of a quote) support each other partly; a text supports another
 * fully when the other contains all its words (a cut list), else by the share of words they have in common;
 * contradicting values not at all; amounts and dates also support each other by their closeness ({@link Closeness}),
 * the larger of the two counting. Not symmetric: a cut supports the whole more than the whole supports the cut.
 */
final class Similarity {

    private Similarity() {
    }

    static double of(ComparedClaim a, ComparedClaim b, Tolerances tolerances, Closeness closeness) {
        if (a.value() instanceof TextValue x && b.value() instanceof TextValue y) {
            Set<String> from = words(x.text());
            Set<String> to = words(y.text());
            // a shorter list that the other one contains is a cut of it (a store listing only the first
            // author): it supports the fuller list fully, as a cut quote supports the whole quote
            return to.containsAll(from) ? 1 : jaccard(from, to);
        }
        Relation relation = Comparison.relate(a, b, tolerances);
        double typed = switch (relation.type()) {
            case EQUAL -> 1;
            case CONSISTENT -> closeness.compatible();
            case CONFLICT, UNDECIDED -> 0;
        };
        OptionalDouble near = OptionalDouble.empty();
        if (a.value() instanceof QuantityValue x && b.value() instanceof QuantityValue y) {
            near = closeness.of(x, y);
        } else if (a.value() instanceof DateValue x && b.value() instanceof DateValue y) {
            near = closeness.of(x, y);
        }
        return Math.max(typed, near.orElse(0));
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 1) {
                words.add(word);
            }
        }
        return words;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return (double) shared.size() / union.size();
    }
}
