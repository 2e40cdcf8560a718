package io.corroborate.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;

/** Opaque Relay cursors: a row's position in an ordered listing, as the values of its sort keys. */
public final class Cursor {

    private Cursor() {
    }

    public static String encode(String listing, long... keys) {
        String plain = listing + ":" + Arrays.stream(keys).mapToObj(Long::toString).collect(Collectors.joining(":"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The sort keys of a cursor of this listing.
     *
     * @throws BadUserInputException when the cursor was not made by {@link #encode} for this listing
     */
    public static long[] decode(String listing, int keys, String cursor, String argument) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", -1);
            if (parts.length == keys + 1 && parts[0].equals(listing)) {
                return Arrays.stream(parts, 1, parts.length).mapToLong(Long::parseLong).toArray();
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below: NumberFormatException is an IllegalArgumentException too
        }
        throw new BadUserInputException(argument, "not a cursor of this listing; pass a cursor from a page of the same listing");
    }
}
