package io.corroborate.value;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number at the start of a text, in digits ("1,300,000", "1 234 567", "1.3 million") or words ("forty",
 * "twenty-one", "one hundred and five", "a dozen"), and the text after it.
 *
 * @param value the number, scale words applied
 * @param scale the scale word the number ends with ("1.5 million", "three million"), 1 when none
 * @param rest  the text after the number, e.g. " people" or "-year war"
 */
record Numeral(BigDecimal value, BigDecimal scale, String rest) {

    static final Map<String, BigDecimal> SCALES = Map.of(
            "hundred", new BigDecimal("100"), "thousand", new BigDecimal("1000"),
            "million", new BigDecimal("1000000"), "billion", new BigDecimal("1000000000"),
            "trillion", new BigDecimal("1000000000000"));

    private static final Pattern DIGITS = Pattern.compile("^([-−])?(\\d[\\d,. ]*\\d|\\d)");
    private static final Pattern SCALE = Pattern.compile("^ (hundred|thousand|million|billion|trillion)\\b");
    private static final Pattern WORD = Pattern.compile("^[a-z]+");

    /** Reads the number at the start of the text; empty when there is none, refused when it is malformed. */
    static Optional<Numeral> read(String text, String written) {
        Matcher m = DIGITS.matcher(text);
        if (m.find()) {
            return Optional.of(digits(m, text, written));
        }
        return NumberWords.read(text, written);
    }

    private static Numeral digits(Matcher m, String text, String written) {
        String rest = text.substring(m.end());
        Matcher scale = SCALE.matcher(rest);
        boolean scaled = scale.find();
        BigDecimal value = plain(m.group(2), scaled, written);
        if (m.group(1) != null) {
            value = value.negate();
        }
        if (scaled) {
            value = value.multiply(SCALES.get(scale.group(1)));
            rest = rest.substring(scale.end());
        }
        if (!rest.isEmpty() && !rest.startsWith(" ") && !rest.startsWith("-")) {
            throw new UnreadableValueException(written, "\"" + rest + "\" is glued to the number; write the unit as a word after a space");
        }
        return new Numeral(value, scaled ? SCALES.get(scale.group(1)) : BigDecimal.ONE, rest);
    }

    /**
     * Thousands are grouped by commas or spaces; a comma followed by one or two digits is a decimal comma
     * ("1,5 million"); "3.000" could be three or three thousand and is refused unless a scale word follows.
     */
    private static BigDecimal plain(String token, boolean scaled, String written) {
        String number;
        if (token.matches("\\d{1,3}\\.\\d{3}") && !scaled) {
            throw new UnreadableValueException(written, "\"" + token + "\" could be a decimal or a number in thousands;"
                    + " write \"" + token.replace(".", ",") + "\" or \"" + token.replaceAll("0+$", "").replaceAll("\\.$", "") + "\"");
        } else if (token.matches("\\d+(\\.\\d+)?")) {
            number = token;
        } else if (token.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            number = token.replace(",", "");
        } else if (token.matches("\\d{1,3}( \\d{3})+([.,]\\d+)?")) {
            number = token.replace(" ", "").replace(',', '.');
        } else if (token.matches("\\d+,\\d{1,2}")) {
            number = token.replace(',', '.');
        } else {
            throw new UnreadableValueException(written, "\"" + token + "\" is not a number Corroborate can read with confidence"
                    + " (group thousands by commas or spaces, e.g. \"1,234,567\" or \"1 234 567\")");
        }
        return new BigDecimal(number);
    }

    /** 1.3 million is 1300000, not 1.3E+6 nor 1300000.0. */
    static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The first word of a text, or "" when it does not start with one. */
    static String firstWord(String text) {
        Matcher m = WORD.matcher(text.strip());
        return m.find() ? m.group() : "";
    }
}
