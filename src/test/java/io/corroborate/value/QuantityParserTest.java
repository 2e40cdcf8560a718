package io.corroborate.value;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QuantityParserTest {

    @ParameterizedTest(name = "\"{0}\" is {3} {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            at least 143 people             | 143           | person         | AT_LEAST
            roughly 1.3 million             | 1300000       | -              | ABOUT
            1,300,000                       | 1300000       | -              | EXACT
            $3,000                          | 3000          | USD            | EXACT
            3,000 dollars                   | 3000          | USD            | EXACT
            approximately $3,000 per person | 3000          | USD per person | ABOUT
            nearly four years               | 4             | year           | NEARLY
            Nearly four years               | 4             | year           | NEARLY
            Four years                      | 4             | year           | EXACT
            almost a decade                 | 1             | decade         | NEARLY
            more than 140 people            | 140           | person         | MORE_THAN
            over 140                        | 140           | -              | MORE_THAN
            no more than 5 people           | 5             | person         | AT_MOST
            up to 12 countries              | 12            | country        | AT_MOST
            fewer than 20 migrants          | 20            | migrant        | FEWER_THAN
            about a dozen people            | 12            | person         | ABOUT
            some 2.5 billion                | 2500000000    | -              | ABOUT
            0 people                        | 0             | person         | EXACT
            -5                              | -5            | -              | EXACT
            152.                            | 152           | -              | EXACT
            10 years                        | 10            | year           | EXACT
            """)
    void readsAmounts(String written, BigDecimal amount, String unit, Qualifier qualifier) {
        assertEquals(new QuantityValue(amount, unit, qualifier), QuantityParser.parse(written));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @CsvSource(delimiter = '|', textBlock = """
            billions
            at least
            many people
            1.2.3 people
            """)
    void refusesWhatHasNoNumber(String written) {
        assertThrows(UnreadableValueException.class, () -> QuantityParser.parse(written));
    }
}
