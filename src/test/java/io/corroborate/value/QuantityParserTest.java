package io.corroborate.value;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
            almost a decade                 | 10            | year           | NEARLY
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
            3000 USD                        | 3000          | USD            | EXACT
            3,000 usd                       | 3000          | USD            | EXACT
            USD 3,000                       | 3000          | USD            | EXACT
            €3,000                          | 3000          | EUR            | EXACT
            3,000 EUR                       | 3000          | EUR            | EXACT
            3,000 euros                     | 3000          | EUR            | EXACT
            usd 3,000 per person            | 3000          | USD per person | EXACT
            $1.5 million                    | 1500000       | USD            | EXACT
            forty                           | 40            | -              | EXACT
            twenty-one people               | 21            | person         | EXACT
            twenty one                      | 21            | -              | EXACT
            one hundred and five            | 105           | -              | EXACT
            a dozen                         | 12            | -              | EXACT
            two dozen                       | 24            | -              | EXACT
            two thousand three hundred      | 2300          | -              | EXACT
            a million                       | 1000000       | -              | EXACT
            1 234 567                       | 1234567       | -              | EXACT
            1 234 567                   | 1234567       | -              | EXACT
            1 234 567                   | 1234567       | -              | EXACT
            1 234 567 people            | 1234567       | person         | EXACT
            1,5 million                     | 1500000       | -              | EXACT
            1.250 million                   | 1250000       | -              | EXACT
            decade-long                     | 10            | year           | ABOUT
            a decade-long war               | 10            | year           | ABOUT
            nine-year war                   | 9             | year           | EXACT
            10-year-long conflict           | 10            | year           | EXACT
            """)
    void readsAmounts(String written, BigDecimal amount, String unit, Qualifier qualifier) {
        assertEquals(new QuantityValue(amount, unit, qualifier), QuantityParser.parse(written));
    }

    @ParameterizedTest(name = "\"{0}\" is {1} {2} to {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            between 140 and 150             | BETWEEN | 140      | 150           | -
            140 to 150 people               | BETWEEN | 140      | 150           | person
            from 140 to 150 people          | BETWEEN | 140      | 150           | person
            140-150                         | BETWEEN | 140      | 150           | -
            140 – 150 people                | BETWEEN | 140      | 150           | person
            $140-$150                       | BETWEEN | 140      | 150           | USD
            between forty and fifty people  | BETWEEN | 40       | 50            | person
            between 1 and 2 million         | BETWEEN | 1000000  | 2000000       | -
            two to three million people     | BETWEEN | 2000000  | 3000000       | person
            dozens                          | VAGUE   | 24       | 100           | -
            dozens of people                | VAGUE   | 24       | 100           | person
            a few dozen                     | VAGUE   | 24       | 120           | -
            a few dozen migrants            | VAGUE   | 24       | 120           | migrant
            hundreds of people              | VAGUE   | 200      | 1000          | person
            several thousand                | VAGUE   | 2000     | 10000         | -
            thousands                       | VAGUE   | 2000     | 1000000       | -
            tens of thousands               | VAGUE   | 20000    | 100000        | -
            tens of thousands of people     | VAGUE   | 20000    | 100000        | person
            hundreds of thousands           | VAGUE   | 200000   | 1000000       | -
            billions                        | VAGUE   | 2000000000 | 1000000000000 | -
            """)
    void readsRangesAndVagueAmounts(String written, Qualifier qualifier, BigDecimal amount, BigDecimal upper, String unit) {
        assertEquals(new QuantityValue(amount, unit, qualifier, upper), QuantityParser.parse(written));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @CsvSource(delimiter = '|', textBlock = """
            at least
            many people
            1.2.3 people
            1.234.567
            3.000 euros
            1,2345
            2 3
            two and a half years
            a lot of people
            one two people
            a few hundred thousand
            140 people to 150 people
            about 140 to 150
            more than dozens
            150-140
            close to 150
            10km
            $3 to €4
            """)
    void refusesWhatItCannotReadWithConfidence(String written) {
        assertThrows(UnreadableValueException.class, () -> QuantityParser.parse(written));
    }

    @ParameterizedTest(name = "\"{0}\" never becomes {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1,5 million  | 15000000
            a few dozen  | 1
            """)
    void neverMisreads(String written, BigDecimal wrong) {
        try {
            assertNotEquals(0, wrong.compareTo(QuantityParser.parse(written).amount()));
        } catch (UnreadableValueException refused) {
            assertTrue(refused.getMessage().startsWith("cannot read"));
        }
    }
}
