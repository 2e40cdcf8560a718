package io.corroborate.value;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("DateValue")
@Description("A date as the interval of days it may denote: \"March 2024\" is 2024-03-01 to 2024-03-31.")
public record DateValue(
        @Description("First day the written date can mean (inclusive).") LocalDate earliest,
        @Description("Last day the written date can mean (inclusive).") LocalDate latest,
        @Description("How precisely the date was written.") DatePrecision precision) implements ClaimValue {

    public DateValue {
        if (earliest.isAfter(latest)) {
            throw new IllegalArgumentException("a date interval cannot end before it starts");
        }
    }

    public static DateValue day(LocalDate day) {
        return new DateValue(day, day, DatePrecision.DAY);
    }
}
