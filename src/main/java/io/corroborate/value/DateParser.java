package io.corroborate.value;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as an article writes it ("July 3", "early 2024", "the 1980s", "Thursday") into the
 * interval of days it can mean. Dates without a year, weekdays and phrases such as "last year" are
 * resolved against the article's publication date: they name the latest such day on or before it.
 * When the publication day is not known, a day resolves for every day the article may have been
 * published on, and the date is the set of days that gives ("Thursday" in July 2025: any Thursday
 * from June 26 to July 31), not the interval around them.
 */
public final class DateParser {

    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + "(?:,? (\\d{4}))?");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + "(?:,? (\\d{4}))?");
    private static final Pattern PART_OF_YEAR = Pattern.compile("(early|mid|late)[- ](\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(?:the )?(\\d{3}0)'?s");
    private static final Pattern WEEKDAY = Pattern.compile("(last )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("the (\\d{1,2})(?:st|nd|rd|th)");
    /** Longest publication interval a relative day is resolved against, day by day. */
    private static final int MAX_PUBLICATION_DAYS = 366;
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
                        + " (e.g. \"July 3, 2025\", \"March 2024\", \"early 2024\", \"the 1980s\", \"Thursday\", \"the 3rd\")"));
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
            Month month = month(m.group(1));
            int day = Integer.parseInt(m.group(2));
            return Optional.of(DateValue.day(dayWithoutYear(month, day, required(published, written).latest())));
        }
        if ((m = DAY_MONTH_YEAR.matcher(text)).matches()) {
            Month month = month(m.group(2));
            int day = Integer.parseInt(m.group(1));
            return Optional.of(DateValue.day(dayWithoutYear(month, day, required(published, written).latest())));
        }
        if ((m = MONTH_YEAR.matcher(text)).matches()) {
            return Optional.of(monthWithoutYear(month(m.group(1)), required(published, written), written));
        }
        if ((m = WEEKDAY.matcher(text)).matches()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            return Optional.of(m.group(1) == null
                    ? candidates(published, written, p -> Stream.of(lastOnOrBefore(p, day)))
                    : candidates(published, written, p -> lastWeekday(p, day)));
        }
        if ((m = DAY_OF_MONTH.matcher(text)).matches()) {
            int day = Integer.parseInt(m.group(1));
            if (day < 1 || day > 31) {
                throw new UnreadableValueException(written, "no month has a day " + day);
            }
            return Optional.of(candidates(published, written, p -> Stream.of(dayOfMonthOnOrBefore(p, day))));
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

    /**
     * The days a relative date can mean: what it means on each day the article may have been published on.
     * One candidate is that day; several are a set of days, not the interval around them.
     */
    private static DateValue candidates(DateValue published, String written, Function<LocalDate, Stream<LocalDate>> meaning) {
        DateValue publication = required(published, written);
        if (ChronoUnit.DAYS.between(publication.earliest(), publication.latest()) >= MAX_PUBLICATION_DAYS) {
            throw new UnreadableValueException(written, "the publication date is too vague to tell which day this is");
        }
        Stream<LocalDate> days = publication.days() != null ? publication.days().stream()
                : publication.earliest().datesUntil(publication.latest().plusDays(1));
        return DateValue.anyOf(days.flatMap(meaning).collect(Collectors.toCollection(TreeSet::new)));
    }

    /**
     * The latest date with that month and day on or before the last possible publication day: a year earlier
     * is not a reading writers intend when the publication month is known ("July 3" in a July 2025 article).
     */
    private static LocalDate dayWithoutYear(Month month, int day, LocalDate published) {
        int year = published.getYear();
        if (!month.equals(Month.FEBRUARY) || day != 29) {
            dayOf(year, month, day);
        }
        LocalDate candidate = year(year, month, day);
        while (candidate == null || candidate.isAfter(published)) {
            year--;
            candidate = year(year, month, day);
        }
        return candidate;
    }

    private static LocalDate year(int year, Month month, int day) {
        return day > month.length(java.time.Year.isLeap(year)) ? null : LocalDate.of(year, month, day);
    }

    /** "The 3rd": the latest 3rd of a month on or before the publication day. */
    private static LocalDate dayOfMonthOnOrBefore(LocalDate published, int day) {
        YearMonth month = YearMonth.from(published);
        while (!month.isValidDay(day) || month.atDay(day).isAfter(published)) {
            month = month.minusMonths(1);
        }
        return month.atDay(day);
    }

    /** The month of that name on or before publication; refused when the publication date allows two. */
    private static DateValue monthWithoutYear(Month month, DateValue published, String written) {
        YearMonth first = monthOnOrBefore(month, published.earliest());
        if (!first.equals(monthOnOrBefore(month, published.latest()))) {
            throw new UnreadableValueException(written, "the publication date is too vague to tell which year this is");
        }
        return monthOf(first);
    }

    private static YearMonth monthOnOrBefore(Month month, LocalDate published) {
        YearMonth candidate = YearMonth.of(published.getYear(), month);
        return candidate.atDay(1).isAfter(published) ? candidate.minusYears(1) : candidate;
    }

    /**
     * "Last Thursday" is read either way writers use it: the latest Thursday before the publication day,
     * or the one a week earlier (the Thursday of last week).
     */
    private static Stream<LocalDate> lastWeekday(LocalDate published, DayOfWeek day) {
        LocalDate latest = lastOnOrBefore(published.minusDays(1), day);
        return Stream.of(latest.minusWeeks(1), latest);
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
