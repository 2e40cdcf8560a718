package io.corroborate.value;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount as an article writes it: [hedge] [currency] number [scale] [unit], e.g.
 * "at least 143 people", "roughly 1.3 million", "approximately $3,000 per person", "nearly four years";
 * a range ("between 140 and 150", "140 to 150", "140-150"); a vague amount ("dozens", "several thousand",
 * "tens of thousands of people"); or an approximate duration ("decade-long"). What it cannot read with
 * confidence it refuses rather than guesses.
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

    private static final Map<String, String> CURRENCY_SYMBOLS = Map.of("us$", "USD", "$", "USD", "€", "EUR", "£", "GBP");
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("^(us\\$|\\$|€|£|[a-z]{3}(?= ))\\s?");
    private static final Pattern TIME_ADJECTIVE = Pattern.compile("^-(years?|months?|weeks?|days?|decades?|centur(?:y|ies))(?:-(?:long|old))?(?: .*)?$");
    private static final Pattern LONG = Pattern.compile("^(?:an? )?(year|month|week|day|decade|century)-long(?: .*)?$");

    /** Words that, right after a number, show that what follows is not a unit but a phrase the parser does not know. */
    private static final Set<String> NOT_A_UNIT = Set.of("few", "several", "couple", "handful", "lot", "lots", "number",
            "dozen", "dozens", "hundred", "thousand", "million", "billion", "trillion", "hundreds", "thousands", "millions", "billions", "half", "quarter", "third",
            "and", "or", "to", "of", "than", "more", "less", "plus", "odd");

    private QuantityParser() {
    }

    public static QuantityValue parse(String written) {
        if (written == null || written.isBlank()) {
            throw new UnreadableValueException(String.valueOf(written), "no amount given");
        }
        String text = normalise(written);
        Qualifier qualifier = Qualifier.EXACT;
        for (Map.Entry<String, Qualifier> hedge : HEDGES.entrySet()) {
            if (text.startsWith(hedge.getKey() + " ")) {
                qualifier = hedge.getValue();
                text = text.substring(hedge.getKey().length() + 1);
                break;
            }
        }
        QuantityValue interval = AmountRange.read(text, written);
        if (interval != null) {
            if (qualifier != Qualifier.EXACT) {
                throw new UnreadableValueException(written, "a hedge before a range or a vague amount is not something"
                        + " Corroborate can read with confidence; give the interval as interpretedAs, e.g. \"between 100 and 200\"");
            }
            return interval;
        }
        Matcher duration = LONG.matcher(text);
        if (duration.matches()) {
            return single(new Numeral(BigDecimal.ONE, BigDecimal.ONE, " " + duration.group(1)), null,
                    qualifier == Qualifier.EXACT ? Qualifier.ABOUT : qualifier, written);
        }
        return amount(text, qualifier, written);
    }

    private static String normalise(String written) {
        String text = written.strip().toLowerCase(Locale.ROOT).replace('–', '-').replace('—', '-');
        return text.replaceAll("[\\s\\u00a0\\u2007\\u2009\\u202f]+", " ").replaceAll("[.,;:]+$", "");
    }

    /** [currency] number [scale] [unit]. */
    private static QuantityValue amount(String text, Qualifier qualifier, String written) {
        String currency = null;
        Matcher m = CURRENCY_BEFORE.matcher(text);
        if (m.find() && currency(m.group(1)) != null) {
            currency = currency(m.group(1));
            text = text.substring(m.end());
        }
        Numeral number = Numeral.read(text, written).orElseThrow(() -> new UnreadableValueException(written,
                "no number found (write digits such as \"143\" or a number word such as \"four\")"));
        return single(number, currency, qualifier, written);
    }

    private static QuantityValue single(Numeral number, String currency, Qualifier qualifier, String written) {
        Units.Reading unit = unit(number.rest(), currency, written);
        return new QuantityValue(Numeral.plain(number.value().multiply(unit.factor())), unit.unit(), qualifier);
    }

    /** The unit in the words after a number; "-year war" (as in "a nine-year war") counts years. */
    static Units.Reading unit(String rest, String currency, String written) {
        Matcher adjective = TIME_ADJECTIVE.matcher(rest);
        String words = adjective.matches() ? adjective.group(1) : rest.strip();
        if (words.startsWith("-") || words.matches(".*\\d.*") || NOT_A_UNIT.contains(Numeral.firstWord(words))) {
            throw new UnreadableValueException(written, "\"" + words + "\" after the number is not a unit Corroborate can read"
                    + " with confidence; give the amount as interpretedAs");
        }
        return Units.read(currency, words);
    }

    /** The ISO code of a currency written before the number, or null when the word is not one. */
    static String currency(String written) {
        if (CURRENCY_SYMBOLS.containsKey(written)) {
            return CURRENCY_SYMBOLS.get(written);
        }
        return Units.CURRENCY_CODES.contains(written) ? written.toUpperCase(Locale.ROOT) : null;
    }
}
