package io.corroborate.compare;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Texts agree when they name the same entity (whatever alias each source uses) or read the same after
 * normalisation (case, accents, punctuation, spacing, a leading "the"); otherwise they conflict (VALUE).
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
        return Relation.conflict(ConflictKind.VALUE, "the texts differ");
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
