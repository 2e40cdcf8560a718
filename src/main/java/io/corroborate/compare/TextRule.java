package io.corroborate.compare;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Texts agree when they name the same entity (whatever alias each source uses) or read the same after
 * normalisation (case, accents, punctuation, spacing, a leading "the"); otherwise the rules cannot tell
 * (UNDECIDED: different words may say the same thing, "did not close its embassy" and "continued operating",
 * or its opposite): a curation to-do, never a conflict by itself.
 */
public final class TextRule {

    private TextRule() {
    }

    public static Relation relate(ComparedClaim a, ComparedClaim b) {
        if (a.entity() != null && a.entity().equals(b.entity())) {
            return Relation.EQUAL;
        }
        String x = normalise(a.written());
        String y = normalise(b.written());
        if (x.equals(y) || names(b.entityNames(), x) || names(a.entityNames(), y)) {
            return Relation.EQUAL;
        }
        return Relation.undecided(difference(x, y));
    }

    /** How two normalised texts differ, in words: what only one of them has. */
    static String difference(String x, String y) {
        List<String> a = List.of(x.split(" "));
        List<String> b = List.of(y.split(" "));
        List<String> onlyA = a.stream().filter(w -> !b.contains(w)).toList();
        List<String> onlyB = b.stream().filter(w -> !a.contains(w)).toList();
        return (onlyA.isEmpty() ? "" : "only the first says \"" + String.join(" ", onlyA) + "\"")
                + (onlyA.isEmpty() || onlyB.isEmpty() ? "" : "; ")
                + (onlyB.isEmpty() ? "" : "only the second says \"" + String.join(" ", onlyB) + "\"");
    }

    private static boolean names(Set<String> entityNames, String text) {
        return entityNames.stream().map(TextRule::normalise).anyMatch(text::equals);
    }

    static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replaceAll("[^\\p{L}\\p{N}']+", " ")
                .strip()
                .replaceFirst("^the ", "");
    }
}
