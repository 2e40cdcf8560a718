package io.corroborate.consensus.flights;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time as the Flights sources wrote it ("7:10 a.m.", "7:10 AM", "7:10aDec 1", "19:10",
 * "Dec 02 12:21 a.m.", "12:00noon", "6:47 p.m. (Estimated runway)") as the time of day "HH:MM" (24 hours).
 *
 * Rule: the first "h:mm" in the text, with the marker right after it (spaces allowed): "a.m.", "am", "a"
 * (any case) for the morning, "p.m.", "pm", "p" for the afternoon, "noon" for 12:00. With a marker the hour
 * must be 1 to 12 (12 a.m. is 00:00, 12 p.m. and 12 noon are 12:00); without one it must be 0 to 23. Minutes
 * 00 to 59. Everything else is dropped: dates and weekdays (the gold times carry no date), remarks such as
 * "(Estimated)", "Delayed", "*" and offsets such as "(+8:00)" after the time. No readable time
 * ("Not Available", "Contact Airline") is unreadable (empty).
 */
final class FlightTimes {

    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d:])(\\d{1,2}):(\\d{2})(?!\\d)\\s*(a\\.m\\.|p\\.m\\.|am|pm|noon|a|p)?", Pattern.CASE_INSENSITIVE);

    private FlightTimes() {
    }

    static Optional<String> normalise(String written) {
        Matcher m = TIME.matcher(written == null ? "" : written);
        if (!m.find()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        String marker = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
        Integer hours = hours(hour, marker);
        if (hours == null || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(String.format("%02d:%02d", hours, minute));
    }

    /** The time read as minutes after midnight (07:10 is 430), or null when unreadable. */
    static Integer minutes(String written) {
        return normalise(written).map(t -> Integer.parseInt(t.substring(0, 2)) * 60 + Integer.parseInt(t.substring(3))).orElse(null);
    }

    /** The time as a QUANTITY reading, "430 minutes" for 07:10 (minutes after midnight), or null when unreadable. */
    static String asMinutes(String written) {
        Integer minutes = minutes(written);
        return minutes == null ? null : minutes + " minutes";
    }

    private static Integer hours(int hour, String marker) {
        if (marker.isEmpty()) {
            return hour <= 23 ? hour : null;
        }
        if (hour < 1 || hour > 12) {
            return null;
        }
        if (marker.equals("noon")) {
            return hour == 12 ? 12 : null;
        }
        return marker.startsWith("a") ? hour % 12 : hour % 12 + 12;
    }
}
