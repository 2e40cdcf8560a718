package io.corroborate.api;

import java.util.Locale;

/**
 * Text PostgreSQL can take as written: it refuses a NUL character outright, and a lone half of a UTF-16 surrogate
 * pair is not a character at all (the driver would store it as "?").
 */
public final class StorableText {

    private StorableText() {
    }

    /** What makes the text unstorable, as the end of a sentence ("must not contain …"), or null when it is fine. */
    public static String problem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return "must not contain the NUL character (U+0000), found at " + i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be Unicode text: U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + " at " + i
                        + " is half of a surrogate pair";
            }
        }
        return null;
    }
}
