package io.corroborate.value;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts that are intervals: ranges ("between 140 and 150", "140 to 150", "140-150") and vague amounts,
 * read as documented in docs/comparison-rules.md: "dozens" is 24 up to 100, "hundreds" 200 up to 1,000,
 * "thousands" 2,000 up to a million; "a few dozen" or "several thousand" 2 up to 10 times the scale;
 * "tens of thousands" 20,000 up to 100,000 and "hundreds of thousands" 200,000 up to a million.
 */
final class AmountRange {

    private static final Map<String, BigDecimal> SCALES = Map.of("dozen", new BigDecimal("12"),
            "hundred", new BigDecimal("100"), "thousand", new BigDecimal("1000"),
            "million", new BigDecimal("1000000"), "billion", new BigDecimal("1000000000"));
    /** A plural scale stands for at least two of it, and fewer than the next scale word. */
    private static final Map<String, BigDecimal> NEXT_SCALE = Map.of("dozen", new BigDecimal("100"),
            "hundred", new BigDecimal("1000"), "thousand", new BigDecimal("1000000"),
            "million", new BigDecimal("1000000000"), "billion", new BigDecimal("1000000000000"));

    private static final String UNIT = "(?: of)?( .+)?";
    private static final Pattern FEW = Pattern.compile("^(?:a few|several) (dozen|hundred|thousand|million|billion)" + UNIT + "$");
    private static final Pattern TENS_OF = Pattern.compile("^(tens|hundreds) of (thousand|million|billion)s" + UNIT + "$");
    private static final Pattern PLURAL = Pattern.compile("^(dozen|hundred|thousand|million|billion)s" + UNIT + "$");
    private static final Pattern[] RANGES = {
            Pattern.compile("^between (.+?) and (.+)$"),
            Pattern.compile("^from (.+?) to (.+)$"),
            Pattern.compile("^(.+?) to (.+)$"),
            Pattern.compile("^((?:us\\$|[$€£])?\\d[\\d,.]*) ?- ?((?:us\\$|[$€£])?\\d.*)$")};
    private static final Pattern CURRENCY = Pattern.compile("^(us\\$|[$€£]|[a-z]{3}(?= ))");

    private AmountRange() {
    }

    /** The interval the text states, or null when it states a single amount. */
    static QuantityValue read(String text, String written) {
        Matcher m;
        if ((m = FEW.matcher(text)).matches()) {
            BigDecimal scale = SCALES.get(m.group(1));
            return vague(scale.multiply(BigDecimal.valueOf(2)), scale.multiply(BigDecimal.TEN), m.group(2), written);
        }
        if ((m = TENS_OF.matcher(text)).matches()) {
            BigDecimal tens = m.group(1).equals("tens") ? BigDecimal.TEN : new BigDecimal("100");
            BigDecimal scale = SCALES.get(m.group(2)).multiply(tens);
            return vague(scale.multiply(BigDecimal.valueOf(2)), scale.multiply(BigDecimal.TEN), m.group(3), written);
        }
        if ((m = PLURAL.matcher(text)).matches()) {
            BigDecimal scale = SCALES.get(m.group(1));
            return vague(scale.multiply(BigDecimal.valueOf(2)), NEXT_SCALE.get(m.group(1)), m.group(2), written);
        }
        for (Pattern range : RANGES) {
            if ((m = range.matcher(text)).matches()) {
                QuantityValue value = range(m.group(1), m.group(2), written);
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private static QuantityValue vague(BigDecimal low, BigDecimal high, String unitWords, String written) {
        Units.Reading unit = QuantityParser.unit(unitWords == null ? "" : unitWords, null, written);
        return new QuantityValue(Numeral.plain(low.multiply(unit.factor())), unit.unit(), Qualifier.VAGUE,
                Numeral.plain(high.multiply(unit.factor())));
    }

    /** Null when the first part is not a bare number, so that the text is no range ("close to 150"). */
    private static QuantityValue range(String first, String second, String written) {
        String lowCurrency = currency(first);
        String highCurrency = currency(second);
        Numeral low = Numeral.read(withoutCurrency(first), written).orElse(null);
        if (low == null || !low.rest().isBlank()) {
            return null;
        }
        Numeral high = Numeral.read(withoutCurrency(second), written).orElse(null);
        if (high == null) {
            return null;
        }
        if (lowCurrency != null && highCurrency != null && !lowCurrency.equals(highCurrency)) {
            throw new UnreadableValueException(written, "the range is given in two currencies");
        }
        BigDecimal from = low.value();
        if (low.scale().compareTo(BigDecimal.ONE) == 0 && high.scale().compareTo(BigDecimal.ONE) > 0) {
            from = from.multiply(high.scale());
        }
        if (from.compareTo(high.value()) > 0) {
            throw new UnreadableValueException(written, "the range ends below its start"
                    + (from.compareTo(low.value()) == 0 ? "" : " (read as " + Numeral.plain(from).toPlainString() + " to "
                    + Numeral.plain(high.value()).toPlainString() + ")"));
        }
        Units.Reading unit = QuantityParser.unit(high.rest(), highCurrency != null ? highCurrency : lowCurrency, written);
        return new QuantityValue(Numeral.plain(from.multiply(unit.factor())), unit.unit(), Qualifier.BETWEEN,
                Numeral.plain(high.value().multiply(unit.factor())));
    }

    private static String currency(String text) {
        Matcher m = CURRENCY.matcher(text);
        return m.find() ? QuantityParser.currency(m.group(1)) : null;
    }

    private static String withoutCurrency(String text) {
        return currency(text) == null ? text : CURRENCY.matcher(text).replaceFirst("").strip();
    }
}
