package io.corroborate.value;

import java.util.Locale;
import java.util.Map;

/** Canonical spellings of units, so that "years" and "year", "dollars" and "$" are one unit. */
final class Units {

    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("people", "person"), Map.entry("persons", "person"), Map.entry("person", "person"),
            Map.entry("years", "year"), Map.entry("year", "year"),
            Map.entry("months", "month"), Map.entry("month", "month"),
            Map.entry("days", "day"), Map.entry("day", "day"),
            Map.entry("decades", "decade"), Map.entry("decade", "decade"),
            Map.entry("dollars", "USD"), Map.entry("dollar", "USD"), Map.entry("us dollars", "USD"),
            Map.entry("euros", "EUR"), Map.entry("euro", "EUR"),
            Map.entry("migrants", "migrant"), Map.entry("countries", "country"));

    private Units() {
    }

    /**
     * @param currency the currency given by a symbol before the number, or null
     * @param words    the words after the number, or null
     */
    static String canonical(String currency, String words) {
        String rest = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        if (rest.isEmpty()) {
            return currency;
        }
        String unit = canonicalWords(rest);
        if (currency == null) {
            return unit;
        }
        return currency + " " + unit;
    }

    private static String canonicalWords(String rest) {
        String whole = CANONICAL.get(rest);
        if (whole != null) {
            return whole;
        }
        int space = rest.indexOf(' ');
        if (space < 0) {
            return rest;
        }
        String head = rest.substring(0, space);
        return CANONICAL.getOrDefault(head, head) + rest.substring(space);
    }
}
