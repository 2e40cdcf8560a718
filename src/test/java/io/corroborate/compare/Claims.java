package io.corroborate.compare;

import io.corroborate.value.DateParser;
import io.corroborate.value.DateValue;
import io.corroborate.value.QuantityParser;
import io.corroborate.value.QuoteValue;
import io.corroborate.value.TextValue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds claims for the comparison tables: source ids double as their labels. */
final class Claims {

    static final DateValue JULY_2025 = DateParser.parse("2025-07");

    private Claims() {
    }

    static ComparedClaim date(String source, String written) {
        return new ComparedClaim(source + "/" + written, source, source, written, DateParser.parse(written, JULY_2025), null, Set.of());
    }

    static ComparedClaim amount(String source, String written) {
        return new ComparedClaim(source + "/" + written, source, source, written, QuantityParser.parse(written), null, Set.of());
    }

    static ComparedClaim quote(String source, String speaker, String words) {
        return new ComparedClaim(source + "/" + words, source, source, words, new QuoteValue(words, 1L), speaker, Set.of(speaker));
    }

    /** @param entityNames the linked entity's id first, then its name and aliases; none for an unlinked text */
    static ComparedClaim text(String source, String written, String... entityNames) {
        String entity = entityNames.length == 0 ? null : entityNames[0];
        Set<String> names = new LinkedHashSet<>(List.of(entityNames).subList(Math.min(1, entityNames.length), entityNames.length));
        return new ComparedClaim(source + "/" + written, source, source, written, new TextValue(written, null), entity, names);
    }
}
