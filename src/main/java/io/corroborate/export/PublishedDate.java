package io.corroborate.export;

import io.corroborate.value.DateValue;

/** A publication date written as precisely as it is known, in a form DateParser reads back ("2025-07", "early 2024"). */
final class PublishedDate {

    private PublishedDate() {
    }

    static String text(DateValue date) {
        if (date == null) {
            return null;
        }
        var first = date.earliest();
        return switch (date.precision()) {
            case DAY -> first.toString();
            case MONTH -> first.toString().substring(0, 7);
            case PART_OF_YEAR -> (first.getMonthValue() < 5 ? "early " : first.getMonthValue() < 9 ? "mid " : "late ") + first.getYear();
            case YEAR -> String.valueOf(first.getYear());
            case DECADE -> "the " + first.getYear() + "s";
        };
    }
}
