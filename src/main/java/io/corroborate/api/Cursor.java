package io.corroborate.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque Relay cursors: the position of a row in a listing ordered by its internal id. */
public final class Cursor {

    private Cursor() {
    }

    public static String encode(String listing, long id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((listing + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws BadUserInputException when the cursor was not made by {@link #encode} for this listing */
    public static long decode(String listing, String cursor, String argument) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (plain.startsWith(listing + ":")) {
                return Long.parseLong(plain.substring(listing.length() + 1));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below: NumberFormatException is an IllegalArgumentException too
        }
        throw new BadUserInputException(argument, "not a cursor of this listing; pass an endCursor from a previous page");
    }
}
