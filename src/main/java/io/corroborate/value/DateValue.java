package io.corroborate.value;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DateValue")
@Description("A date as the interval of days it may denote: \"March 2024\" is 2024-03-01 to 2024-03-31; or, when it may"
        + " mean several separate days (\"Thursday\" in an article known only to its month), those days.")
public record DateValue(
        @Description("First day the written date can mean (inclusive).") LocalDate earliest,
        @Description("Last day the written date can mean (inclusive).") LocalDate latest,
        @Description("How precisely the date was written; DAY for a date that names one day, even when which day is uncertain.") DatePrecision precision,
        @Description("The separate days the written date can mean, in order, when it is not one interval: \"Thursday\" in an"
                + " article published in July 2025 (day unknown) is any Thursday from 2025-06-26 to 2025-07-31. Null when"
                + " the date is the whole interval from earliest to latest.") List<@NonNull LocalDate> days) implements ClaimValue {

    public DateValue {
        if (earliest.isAfter(latest)) {
            throw new IllegalArgumentException("a date interval cannot end before it starts");
        }
        if (days != null) {
            days = List.copyOf(days);
            if (days.size() < 2 || !days.get(0).equals(earliest) || !days.get(days.size() - 1).equals(latest)
                    || !days.stream().sorted().distinct().toList().equals(days)) {
                throw new IllegalArgumentException("the days of a date are at least two, in order, from earliest to latest");
            }
        }
    }

    /** A date that is the whole interval from earliest to latest. */
    public DateValue(LocalDate earliest, LocalDate latest, DatePrecision precision) {
        this(earliest, latest, precision, null);
    }

    public static DateValue day(LocalDate day) {
        return new DateValue(day, day, DatePrecision.DAY);
    }

    /** One of several days; a single candidate is that day. */
    public static DateValue anyOf(Collection<LocalDate> candidates) {
        List<LocalDate> days = candidates.stream().sorted().distinct().toList();
        if (days.size() == 1) {
            return day(days.get(0));
        }
        return new DateValue(days.get(0), days.get(days.size() - 1), DatePrecision.DAY, days);
    }

    /** Whether the date can mean that day. */
    public boolean allows(LocalDate day) {
        return days != null ? days.contains(day) : !day.isBefore(earliest) && !day.isAfter(latest);
    }
}
