package io.corroborate.consensus.flights;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The formats found in the Flights benchmark's claims.csv, and edge cases; "-" means unreadable. */
class FlightTimesTest {

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            "7:10 a.m.|07:10",
            "7:45 p.m.|19:45",
            "11:50 a.m.|11:50",
            "7:10 AM|07:10",
            "7:10 pm|19:10",
            "19:10|19:10",
            "0:05|00:05",
            "Thu  22:15|22:15",
            "Thu  7:45|07:45",
            "7:10aDec 1|07:10",
            "11:55pDec 1|23:55",
            "2:45P 12-01-11|14:45",
            "10:08A|10:08",
            "Dec 1 7:10 PM|19:10",
            "12:21 a.m. Dec 02|00:21",
            "12:21 a.m.  Fri 02-Dec-2011|00:21",
            "Dec 02 12:21 a.m.|00:21",
            "Fri Dec 2 5:11 a.m.|05:11",
            "11/30 8:00 p.m.|20:00",
            "12/2/11 6:35 a.m.|06:35",
            "12/02/2011 12:15 a.m.|00:15",
            "6:47 p.m. (Estimated runway)|18:47",
            "10:39 p.m.&nbsp(Estimated)|22:39",
            "1:50 p.m. (+8:00)|13:50",
            "9:05 a.m. (-00:00)|09:05",
            "10:30 p.m.*|22:30",
            "1:32 p.m.            Delayed|13:32",
            "12:00 p.m.|12:00",
            "12:00 a.m.|00:00",
            "12:00noon|12:00",
            "12:59 p.m.|12:59",
            "11:00noon|-",
            "0:30 a.m.|-",
            "13:10 p.m.|-",
            "24:00|-",
            "7:60 a.m.|-",
            "Not Available|-",
            "Dec 02 Not Available|-",
            "Contact Airline|-",
            "''|-",
    })
    void readsTheTimeOfDay(String written, String expected) {
        assertEquals(expected, FlightTimes.normalise(written).orElse("-"));
    }
}
