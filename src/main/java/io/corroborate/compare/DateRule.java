package io.corroborate.compare;

import io.corroborate.value.DateValue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Dates are intervals of days, or sets of separate days ("Thursday" in an article whose publication day is
 * unknown): equal dates agree; a date whose days all lie within the other, or that shares days with it, is
 * consistent; dates without a day in common conflict.
 */
public final class DateRule {

    private DateRule() {
    }

    public static Relation relate(DateValue a, DateValue b) {
        if (a.equals(b)) {
            return Relation.EQUAL;
        }
        if (a.days() == null && b.days() == null) {
            return relateIntervals(a, b);
        }
        if (!shareADay(a, b)) {
            return Relation.conflict(ConflictKind.VALUE, "they have no day in common");
        }
        boolean nested = within(a, b) || within(b, a);
        return Relation.consistent(nested ? "one date is a more precise form of the other" : "the dates have days in common");
    }

    private static Relation relateIntervals(DateValue a, DateValue b) {
        if (a.latest().isBefore(b.earliest()) || b.latest().isBefore(a.earliest())) {
            return Relation.conflict(ConflictKind.VALUE, "the periods do not overlap");
        }
        boolean nested = within(a, b) || within(b, a);
        return Relation.consistent(nested ? "one date is a more precise form of the other" : "the periods overlap");
    }

    static String describe(DateValue date) {
        if (date.days() != null) {
            List<String> days = date.days().stream().map(LocalDate::toString).toList();
            return "one of " + days.subList(0, days.size() - 1).stream().collect(Collectors.joining(", "))
                    + " or " + days.get(days.size() - 1);
        }
        return date.earliest().equals(date.latest())
                ? date.earliest().toString()
                : date.earliest() + " to " + date.latest();
    }

    private static boolean shareADay(DateValue a, DateValue b) {
        DateValue set = a.days() != null ? a : b;
        DateValue other = set == a ? b : a;
        return set.days().stream().anyMatch(other::allows);
    }

    /** Whether every day the inner date can mean is one the outer can mean. */
    private static boolean within(DateValue inner, DateValue outer) {
        if (inner.days() != null) {
            return inner.days().stream().allMatch(outer::allows);
        }
        if (outer.days() != null) {
            return inner.earliest().equals(inner.latest()) && outer.allows(inner.earliest());
        }
        return !inner.earliest().isBefore(outer.earliest()) && !inner.latest().isAfter(outer.latest());
    }
}
