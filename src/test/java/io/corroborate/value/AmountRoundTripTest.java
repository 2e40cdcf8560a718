package io.corroborate.value;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Property: an amount formatted the ways articles write it reads back as the same amount (seeded, so repeatable). */
class AmountRoundTripTest {

    private static final List<String> ONES = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

    @RepeatedTest(200)
    void digitsGroupedAnyWayReadBack(RepetitionInfo run) {
        Random random = new Random(run.getCurrentRepetition());
        long n = Math.abs(random.nextLong()) % 10_000_000_000L;
        String commas = String.format(Locale.ROOT, "%,d", n);
        for (String separator : List.of(",", " ", "\u00a0", "\u2009", "\u202f")) {
            String written = commas.replace(",", separator) + " people";
            assertEquals(new QuantityValue(BigDecimal.valueOf(n), "person", Qualifier.EXACT), QuantityParser.parse(written), written);
        }
    }

    @RepeatedTest(200)
    void decimalsWithAScaleWordReadBack(RepetitionInfo run) {
        Random random = new Random(run.getCurrentRepetition());
        BigDecimal tenths = BigDecimal.valueOf(random.nextInt(10_000), 1);
        BigDecimal expected = Numeral.plain(tenths.multiply(new BigDecimal("1000000")));
        assertEquals(expected, QuantityParser.parse(tenths.toPlainString() + " million").amount());
        assertEquals(expected, QuantityParser.parse(tenths.toPlainString().replace('.', ',') + " million").amount());
    }

    @RepeatedTest(200)
    void numberWordsReadBack(RepetitionInfo run) {
        Random random = new Random(run.getCurrentRepetition());
        int n = random.nextInt(1_000_000);
        assertEquals(BigDecimal.valueOf(n), QuantityParser.parse(words(n)).amount(), words(n));
    }

    @RepeatedTest(100)
    void rangesReadBack(RepetitionInfo run) {
        Random random = new Random(run.getCurrentRepetition());
        int low = random.nextInt(100_000);
        int high = low + random.nextInt(100_000);
        QuantityValue expected = new QuantityValue(BigDecimal.valueOf(low), "USD", Qualifier.BETWEEN, BigDecimal.valueOf(high));
        assertEquals(expected, QuantityParser.parse(String.format(Locale.ROOT, "between $%,d and $%,d", low, high)));
        assertEquals(expected, QuantityParser.parse(String.format(Locale.ROOT, "%d-%d USD", low, high)));
        assertEquals(expected, QuantityParser.parse(String.format(Locale.ROOT, "USD %,d to %,d", low, high)));
    }

    /** English words for 0 to 999,999, in the style "one hundred and five thousand two hundred and forty-one". */
    private static String words(int n) {
        if (n >= 1000) {
            int rest = n % 1000;
            return hundreds(n / 1000) + " thousand" + (rest == 0 ? "" : (rest < 100 ? " and " : " ") + hundreds(rest));
        }
        return hundreds(n);
    }

    private static String hundreds(int n) {
        if (n >= 100) {
            int rest = n % 100;
            return ONES.get(n / 100) + " hundred" + (rest == 0 ? "" : " and " + belowHundred(rest));
        }
        return belowHundred(n);
    }

    private static String belowHundred(int n) {
        if (n < 20) {
            return ONES.get(n);
        }
        return TENS.get(n / 10) + (n % 10 == 0 ? "" : "-" + ONES.get(n % 10));
    }
}
