package io.corroborate.value;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount as an article writes it: [hedge] [currency] number [scale] [unit], e.g.
 * "at least 143 people", "roughly 1.3 million", "approximately $3,000 per person", "nearly four years".
 */
public final class QuantityParser {

    /** Longest phrases first, so that "no more than" is not read as "more than". */
    private static final Map<String, Qualifier> HEDGES = new LinkedHashMap<>();
    static {
        HEDGES.put("no fewer than", Qualifier.AT_LEAST);
        HEDGES.put("no less than", Qualifier.AT_LEAST);
        HEDGES.put("no more than", Qualifier.AT_MOST);
        HEDGES.put("an estimated", Qualifier.ABOUT);
        HEDGES.put("approximately", Qualifier.ABOUT);
        HEDGES.put("upwards of", Qualifier.MORE_THAN);
        HEDGES.put("fewer than", Qualifier.FEWER_THAN);
        HEDGES.put("less than", Qualifier.FEWER_THAN);
        HEDGES.put("more than", Qualifier.MORE_THAN);
        HEDGES.put("at least", Qualifier.AT_LEAST);
        HEDGES.put("at most", Qualifier.AT_MOST);
        HEDGES.put("just under", Qualifier.NEARLY);
        HEDGES.put("roughly", Qualifier.ABOUT);
        HEDGES.put("around", Qualifier.ABOUT);
        HEDGES.put("nearly", Qualifier.NEARLY);
        HEDGES.put("almost", Qualifier.NEARLY);
        HEDGES.put("about", Qualifier.ABOUT);
        HEDGES.put("under", Qualifier.FEWER_THAN);
        HEDGES.put("up to", Qualifier.AT_MOST);
        HEDGES.put("some", Qualifier.ABOUT);
        HEDGES.put("over", Qualifier.MORE_THAN);
    }

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("dozen", 12),
            Map.entry("a dozen", 12), Map.entry("a hundred", 100), Map.entry("hundred", 100));

    private static final Map<String, BigDecimal> SCALES = Map.of(
            "hundred", new BigDecimal("100"), "thousand", new BigDecimal("1000"),
            "million", new BigDecimal("1000000"), "billion", new BigDecimal("1000000000"),
            "trillion", new BigDecimal("1000000000000"));

    private static final Map<String, String> CURRENCIES = Map.of("$", "USD", "€", "EUR", "£", "GBP");

    private static final Pattern AMOUNT = Pattern.compile(
            "([$€£])?\\s?([-−]?\\d[\\d,]*(?:\\.\\d+)?|" + wordAlternatives() + ")(?:\\s+(hundred|thousand|million|billion|trillion))?(?:\\s+(.*))?");

    private QuantityParser() {
    }

    public static QuantityValue parse(String written) {
        if (written == null || written.isBlank()) {
            throw new UnreadableValueException(String.valueOf(written), "no amount given");
        }
        String text = written.strip().toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replaceAll("\\s+", " ")
                .replaceAll("[.,;:]+$", "");
        Qualifier qualifier = Qualifier.EXACT;
        for (Map.Entry<String, Qualifier> hedge : HEDGES.entrySet()) {
            if (text.startsWith(hedge.getKey() + " ")) {
                qualifier = hedge.getValue();
                text = text.substring(hedge.getKey().length() + 1);
                break;
            }
        }
        Matcher m = AMOUNT.matcher(text);
        if (!m.matches()) {
            throw new UnreadableValueException(written, "no number found (write digits such as \"143\" or a number word such as \"four\")");
        }
        BigDecimal amount = number(m.group(2), written);
        if (m.group(3) != null) {
            amount = amount.multiply(SCALES.get(m.group(3)));
        }
        return new QuantityValue(plain(amount), Units.canonical(m.group(1) == null ? null : CURRENCIES.get(m.group(1)), m.group(4)), qualifier);
    }

    /** 1.3 million is 1300000, not 1.3E+6 nor 1300000.0. */
    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal number(String token, String written) {
        Integer word = NUMBER_WORDS.get(token);
        if (word != null) {
            return BigDecimal.valueOf(word);
        }
        String digits = token.replace(",", "").replace('−', '-');
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            throw new UnreadableValueException(written, "\"" + token + "\" is not a number");
        }
    }

    private static String wordAlternatives() {
        return NUMBER_WORDS.keySet().stream()
                .sorted((a, b) -> b.length() - a.length())
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }
}
