package io.corroborate.compare;

import io.corroborate.value.DateValue;

/** Dates are intervals of days: equal intervals agree, nested or overlapping ones are consistent, disjoint ones conflict. */
public final class DateRule {

    private DateRule() {
    }

    public static Relation relate(DateValue a, DateValue b) {
        if (a.earliest().equals(b.earliest()) && a.latest().equals(b.latest())) {
            return Relation.EQUAL;
        }
        if (a.latest().isBefore(b.earliest()) || b.latest().isBefore(a.earliest())) {
            return Relation.conflict(ConflictKind.VALUE, "the periods do not overlap");
        }
        boolean nested = within(a, b) || within(b, a);
        return Relation.consistent(nested ? "one date is a more precise form of the other" : "the periods overlap");
    }

    static String describe(DateValue date) {
        return date.earliest().equals(date.latest())
                ? date.earliest().toString()
                : date.earliest() + " to " + date.latest();
    }

    private static boolean within(DateValue inner, DateValue outer) {
        return !inner.earliest().isBefore(outer.earliest()) && !inner.latest().isAfter(outer.latest());
    }
}
