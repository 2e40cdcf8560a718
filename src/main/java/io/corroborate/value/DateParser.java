package io.corroborate.value;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as an article writes it ("July 3", "early 2024", "the 1980s", "Thursday") into the
 * interval of days it can mean. Dates without a year, weekdays and phrases such as "last year" are
 * resolved against the article's publication date: they name the latest such day on or before it.
 */
public final class DateParser {

    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + "(?:,? (\\d{4}))?");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + "(?:,? (\\d{4}))?");
    private static final Pattern PART_OF_YEAR = Pattern.compile("(early|mid|late)[- ](\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(?:the )?(\\d{3}0)'?s");
    private static final Pattern WEEKDAY = Pattern.compile("(monday|tuesday|wednesday|thursday|friday|saturday|sunday)");
    private static final Pattern LEADING_PREPOSITION = Pattern.compile("^(in|on|during) ");

    private DateParser() {
    }

    /** Reads a date written without reference to any publication date. */
    public static DateValue parse(String written) {
        return parse(written, null);
    }

    /**
     * @param published the publication date of the article, or null when unknown; needed only for
     *                  relative dates.
     */
    public static DateValue parse(String written, DateValue published) {
        if (written == null || written.isBlank()) {
            throw new UnreadableValueException(String.valueOf(written), "no date given");
        }
        String text = normalise(written);
        return absolute(text)
                .or(() -> relative(text, written, published))
                .orElseThrow(() -> new UnreadableValueException(written, "not a date form Corroborate knows"
                        + " (e.g. \"July 3, 2025\", \"March 2024\", \"early 2024\", \"the 1980s\", \"Thursday\")"));
    }

    private static String normalise(String written) {
        String text = written.strip().toLowerCase(Locale.ROOT)
                .replace('\u00a0', ' ').replace('\u2019', '\'')
                .replaceAll("\\s+", " ")
                .replaceAll("[.,;:]+$", "");
        return LEADING_PREPOSITION.matcher(text).replaceFirst("");
    }

    private static Optional<DateValue> absolute(String text) {
        Matcher m;
        if ((m = ISO.matcher(text)).matches()) {
            return Optional.of(iso(m));
        }
        if ((m = PART_OF_YEAR.matcher(text)).matches()) {
            return Optional.of(partOfYear(m.group(1), Integer.parseInt(m.group(2))));
        }
        if ((m = DECADE.matcher(text)).matches()) {
            int start = Integer.parseInt(m.group(1));
            return Optional.of(new DateValue(LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31), DatePrecision.DECADE));
        }
        if ((m = MONTH_DAY_YEAR.matcher(text)).matches() && m.group(3) != null) {
            return Optional.of(DateValue.day(dayOf(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)))));
        }
        if ((m = DAY_MONTH_YEAR.matcher(text)).matches() && m.group(3) != null) {
            return Optional.of(DateValue.day(dayOf(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)))));
        }
        if ((m = MONTH_YEAR.matcher(text)).matches() && m.group(2) != null) {
            return Optional.of(monthOf(YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)))));
        }
        return Optional.empty();
    }

    private static Optional<DateValue> relative(String text, String written, DateValue published) {
        Matcher m;
        if ((m = MONTH_DAY_YEAR.matcher(text)).matches()) {
            return Optional.of(dayWithoutYear(month(m.group(1)), Integer.parseInt(m.group(2)), required(published, written)));
        }
        if ((m = DAY_MONTH_YEAR.matcher(text)).matches()) {
            return Optional.of(dayWithoutYear(month(m.group(2)), Integer.parseInt(m.group(1)), required(published, written)));
        }
        if ((m = MONTH_YEAR.matcher(text)).matches()) {
            return Optional.of(monthWithoutYear(month(m.group(1)), required(published, written)));
        }
        if ((m = WEEKDAY.matcher(text)).matches()) {
            return Optional.of(weekday(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)), required(published, written)));
        }
        return switch (text) {
            case "this month", "earlier this month" -> Optional.of(thisMonth(required(published, written), written));
            case "this year", "earlier this year" -> Optional.of(yearOf(required(published, written).latest().getYear()));
            case "last year" -> Optional.of(yearOf(required(published, written).latest().getYear() - 1));
            default -> Optional.empty();
        };
    }

    private static DateValue required(DateValue published, String written) {
        if (published == null) {
            throw new UnreadableValueException(written, "a relative date needs the article's publication date");
        }
        return published;
    }

    private static DateValue iso(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return yearOf(year);
        }
        Month month = monthNumber(m.group(2));
        if (m.group(3) == null) {
            return monthOf(YearMonth.of(year, month));
        }
        return DateValue.day(dayOf(year, month, Integer.parseInt(m.group(3))));
    }

    private static DateValue partOfYear(String part, int year) {
        int firstMonth = switch (part) {
            case "early" -> 1;
            case "mid" -> 5;
            default -> 9;
        };
        LocalDate start = LocalDate.of(year, firstMonth, 1);
        return new DateValue(start, start.plusMonths(4).minusDays(1), DatePrecision.PART_OF_YEAR);
    }

    /** The latest date with that month and day on or before the publication's last possible day. */
    private static DateValue dayWithoutYear(Month month, int day, DateValue published) {
        int year = published.latest().getYear();
        LocalDate candidate = dayOf(year, month, day);
        if (candidate.isAfter(published.latest())) {
            candidate = dayOf(year - 1, month, day);
        }
        return DateValue.day(candidate);
    }

    private static DateValue monthWithoutYear(Month month, DateValue published) {
        YearMonth candidate = YearMonth.of(published.latest().getYear(), month);
        if (candidate.atDay(1).isAfter(published.latest())) {
            candidate = candidate.minusYears(1);
        }
        return monthOf(candidate);
    }

    /** A weekday resolves to one day only when the publication day is known; otherwise to the days it may be. */
    private static DateValue weekday(DayOfWeek day, DateValue published) {
        LocalDate latest = lastOnOrBefore(published.latest(), day);
        LocalDate earliest = lastOnOrBefore(published.earliest(), day);
        if (earliest.equals(latest)) {
            return DateValue.day(latest);
        }
        return new DateValue(earliest, latest, published.precision());
    }

    private static LocalDate lastOnOrBefore(LocalDate date, DayOfWeek day) {
        int back = (date.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        return date.minusDays(back);
    }

    private static DateValue thisMonth(DateValue published, String written) {
        if (!YearMonth.from(published.earliest()).equals(YearMonth.from(published.latest()))) {
            throw new UnreadableValueException(written, "the publication date is not known to the month");
        }
        return monthOf(YearMonth.from(published.latest()));
    }

    private static DateValue yearOf(int year) {
        return new DateValue(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR);
    }

    private static DateValue monthOf(YearMonth month) {
        return new DateValue(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
    }

    private static LocalDate dayOf(int year, Month month, int day) {
        if (day < 1 || day > month.length(java.time.Year.isLeap(year))) {
            throw new UnreadableValueException(day + " " + month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year,
                    "that month has no such day");
        }
        return LocalDate.of(year, month, day);
    }

    private static Month monthNumber(String digits) {
        int number = Integer.parseInt(digits);
        if (number < 1 || number > 12) {
            throw new UnreadableValueException(digits, "there is no month " + number);
        }
        return Month.of(number);
    }

    private static Month month(String name) {
        String prefix = name.substring(0, 3);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month;
            }
        }
        throw new UnreadableValueException(name, "not a month");
    }
}
