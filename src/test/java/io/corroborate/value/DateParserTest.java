package io.corroborate.value;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DateParserTest {

    /** Published in July 2025, known to the month only (as most seed articles are). */
    private static final DateValue JULY_2025 = DateParser.parse("2025-07");
    /** Published on Friday 11 July 2025. */
    private static final DateValue JULY_11_2025 = DateParser.parse("2025-07-11");

    @ParameterizedTest(name = "\"{0}\" is {1}..{2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            July 3, 2025        | 2025-07-03 | 2025-07-03 | DAY
            3 July 2025         | 2025-07-03 | 2025-07-03 | DAY
            Jul. 3rd, 2025      | 2025-07-03 | 2025-07-03 | DAY
            2025-07-03          | 2025-07-03 | 2025-07-03 | DAY
            March 2024          | 2024-03-01 | 2024-03-31 | MONTH
            February 2024       | 2024-02-01 | 2024-02-29 | MONTH
            February 2023       | 2023-02-01 | 2023-02-28 | MONTH
            2025-07             | 2025-07-01 | 2025-07-31 | MONTH
            2024                | 2024-01-01 | 2024-12-31 | YEAR
            in 2021             | 2021-01-01 | 2021-12-31 | YEAR
            early 2024          | 2024-01-01 | 2024-04-30 | PART_OF_YEAR
            mid-2024            | 2024-05-01 | 2024-08-31 | PART_OF_YEAR
            late 2024           | 2024-09-01 | 2024-12-31 | PART_OF_YEAR
            the 1980s           | 1980-01-01 | 1989-12-31 | DECADE
            1990s               | 1990-01-01 | 1999-12-31 | DECADE
            February 29, 2024   | 2024-02-29 | 2024-02-29 | DAY
            """)
    void readsAbsoluteDates(String written, LocalDate earliest, LocalDate latest, DatePrecision precision) {
        assertEquals(new DateValue(earliest, latest, precision), DateParser.parse(written));
    }

    @ParameterizedTest(name = "\"{0}\" in an article of July 2025 is {1}..{2}")
    @CsvSource(delimiter = '|', textBlock = """
            July 3              | 2025-07-03 | 2025-07-03 | DAY
            3 July              | 2025-07-03 | 2025-07-03 | DAY
            April               | 2025-04-01 | 2025-04-30 | MONTH
            In April            | 2025-04-01 | 2025-04-30 | MONTH
            December            | 2024-12-01 | 2024-12-31 | MONTH
            earlier this month  | 2025-07-01 | 2025-07-31 | MONTH
            last year           | 2024-01-01 | 2024-12-31 | YEAR
            this year           | 2025-01-01 | 2025-12-31 | YEAR
            """)
    void resolvesRelativeDatesAgainstAMonthOfPublication(String written, LocalDate earliest, LocalDate latest, DatePrecision precision) {
        assertEquals(new DateValue(earliest, latest, precision), DateParser.parse(written, JULY_2025));
    }

    @ParameterizedTest(name = "\"{0}\" in an article of July 2025 is one of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Thursday            | 2025-06-26 2025-07-03 2025-07-10 2025-07-17 2025-07-24 2025-07-31
            on Thursday         | 2025-06-26 2025-07-03 2025-07-10 2025-07-17 2025-07-24 2025-07-31
            Tuesday             | 2025-07-01 2025-07-08 2025-07-15 2025-07-22 2025-07-29
            last Thursday       | 2025-06-19 2025-06-26 2025-07-03 2025-07-10 2025-07-17 2025-07-24
            the 3rd             | 2025-06-03 2025-07-03
            on the 31st         | 2025-05-31 2025-07-31
            """)
    void readsADayOfAnUncertainWeekOrMonthAsTheDaysItCanMean(String written, String days) {
        List<LocalDate> candidates = Arrays.stream(days.split(" ")).map(LocalDate::parse).toList();
        DateValue value = DateParser.parse(written, JULY_2025);
        assertEquals(candidates, value.days());
        assertEquals(DatePrecision.DAY, value.precision());
        assertEquals(DateValue.anyOf(candidates), value);
    }

    @ParameterizedTest(name = "\"{0}\" in an article of 11 July 2025 is one of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            last Thursday   | 2025-07-03 2025-07-10
            last Friday     | 2025-06-27 2025-07-04
            """)
    void readsLastWeekdayAsEitherOfTwoDays(String written, String days) {
        assertEquals(Arrays.stream(days.split(" ")).map(LocalDate::parse).toList(), DateParser.parse(written, JULY_11_2025).days());
    }

    @ParameterizedTest(name = "\"{0}\" in an article of 11 July 2025 is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Thursday   | 2025-07-10
            Friday     | 2025-07-11
            Saturday   | 2025-07-05
            July 11    | 2025-07-11
            July 12    | 2024-07-12
            on Friday  | 2025-07-11
            the 3rd    | 2025-07-03
            the 12th   | 2025-06-12
            """)
    void resolvesWeekdaysAndDaysAgainstADayOfPublication(String written, LocalDate day) {
        assertEquals(DateValue.day(day), DateParser.parse(written, JULY_11_2025));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @CsvSource(delimiter = '|', textBlock = """
            February 30, 2024
            February 29, 2023
            2024-13
            yesterday-ish
            soon
            the 32nd
            """)
    void refusesWhatIsNotADate(String written) {
        assertThrows(UnreadableValueException.class, () -> DateParser.parse(written, JULY_2025));
    }

    @Test
    void refusesARelativeDateWithoutAPublicationDate() {
        UnreadableValueException error = assertThrows(UnreadableValueException.class, () -> DateParser.parse("April"));
        assertEquals("cannot read \"April\": a relative date needs the article's publication date", error.getMessage());
    }

    @Test
    void refusesAMonthWithoutYearWhenThePublicationAllowsTwoYears() {
        assertThrows(UnreadableValueException.class, () -> DateParser.parse("April", DateParser.parse("2025")));
    }

    @Test
    void anIntervalHasNoSeparateDays() {
        assertNull(DateParser.parse("July 2025").days());
        assertNull(DateParser.parse("Thursday", JULY_11_2025).days());
    }

    @Test
    void refusesBlank() {
        assertThrows(UnreadableValueException.class, () -> DateParser.parse("  "));
    }
}
