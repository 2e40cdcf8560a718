package io.corroborate.value;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Canonical spellings of units, so that "years" and "year", "dollars", "usd" and "$" are one unit.
 * Currencies are ISO 4217 codes in capitals; every other unit is lower case. Decades and centuries
 * are counted in years, so that "almost a decade" and "nine years" can be compared.
 */
public final class Units {

    /** A unit in canonical spelling, and what an amount in the written unit is multiplied by. */
    record Reading(String unit, BigDecimal factor) {
    }

    /** The currencies an article may name by their ISO code, before or after the amount. */
    static final Set<String> CURRENCY_CODES = Set.of("usd", "eur", "gbp", "rub", "cny", "jpy", "chf", "inr", "afn",
            "pkr", "irr", "try", "uah", "kzt", "tjs", "uzs");

    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("people", "person"), Map.entry("persons", "person"), Map.entry("person", "person"),
            Map.entry("years", "year"), Map.entry("year", "year"),
            Map.entry("months", "month"), Map.entry("month", "month"),
            Map.entry("weeks", "week"), Map.entry("week", "week"),
            Map.entry("days", "day"), Map.entry("day", "day"),
            Map.entry("dollars", "USD"), Map.entry("dollar", "USD"), Map.entry("us dollars", "USD"),
            Map.entry("euros", "EUR"), Map.entry("euro", "EUR"),
            Map.entry("roubles", "RUB"), Map.entry("rubles", "RUB"), Map.entry("rouble", "RUB"), Map.entry("ruble", "RUB"),
            Map.entry("afghanis", "AFN"), Map.entry("afghani", "AFN"),
            Map.entry("migrants", "migrant"), Map.entry("countries", "country"));

    private static final Map<String, BigDecimal> IN_YEARS = Map.of(
            "decade", BigDecimal.TEN, "decades", BigDecimal.TEN,
            "century", new BigDecimal("100"), "centuries", new BigDecimal("100"));

    private Units() {
    }

    /** Whether two stored units are the same unit, whatever their case or spelling. */
    public static boolean same(String a, String b) {
        return canonical(a).equals(canonical(b));
    }

    /** A unit in canonical spelling, e.g. "usd per person" as "USD per person"; null stays null. */
    public static String canonical(String unit) {
        if (unit == null) {
            return null;
        }
        Reading reading = read(null, unit);
        return reading.factor().compareTo(BigDecimal.ONE) == 0 ? reading.unit() : unit.toLowerCase(Locale.ROOT);
    }

    /**
     * @param currency the ISO code of a currency written before the number, or null
     * @param words    the words after the number, or null
     */
    static Reading read(String currency, String words) {
        String rest = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        if (rest.isEmpty()) {
            return new Reading(currency, BigDecimal.ONE);
        }
        int space = rest.indexOf(' ');
        String head = space < 0 ? rest : rest.substring(0, space);
        String tail = space < 0 ? "" : rest.substring(space);
        if (IN_YEARS.containsKey(head)) {
            return new Reading(join(currency, "year" + tail), IN_YEARS.get(head));
        }
        String unit = CANONICAL.containsKey(rest) ? CANONICAL.get(rest) : word(head) + tail;
        if (unit.equals(currency)) {
            return new Reading(currency, BigDecimal.ONE);
        }
        return new Reading(join(currency, unit), BigDecimal.ONE);
    }

    private static String word(String word) {
        if (CURRENCY_CODES.contains(word)) {
            return word.toUpperCase(Locale.ROOT);
        }
        return CANONICAL.getOrDefault(word, word);
    }

    private static String join(String currency, String unit) {
        return currency == null ? unit : currency + " " + unit;
    }
}
