package io.corroborate.api;

import jakarta.json.JsonException;

/**
 * What JSON a request may hold, and why it could not be read, for the client. Parsson refuses numbers longer than
 * 1,100 characters with an UnsupportedOperationException rather than a JsonException, and it reads nested values
 * recursively: with the small thread stacks of a 512 MB container (-Xss512k) a few hundred levels overflow the
 * stack before its own limit of 1,000 is reached. So nesting is measured first, without recursion.
 */
final class JsonLimits {

    static final int MAX_NUMBER_LENGTH = 1_100;
    static final int MAX_DEPTH = 100;

    private JsonLimits() {
    }

    /** JSON text nested deeper than {@link #MAX_DEPTH}. */
    static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(null, null, false, false);
        }
    }

    /** Throws {@link TooDeep} when arrays and objects nest deeper than {@link #MAX_DEPTH} (strings are skipped). */
    static void requireDepth(String json) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    throw new TooDeep();
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
    }

    /** The rest of a sentence that starts with what was read, e.g. "The request body ". */
    static String problem(RuntimeException e) {
        if (e instanceof JsonException) {
            return "is not JSON.";
        }
        return "is JSON this service does not read: numbers of at most " + String.format("%,d", MAX_NUMBER_LENGTH)
                + " characters, arrays and objects nested at most " + MAX_DEPTH + " levels deep.";
    }
}
