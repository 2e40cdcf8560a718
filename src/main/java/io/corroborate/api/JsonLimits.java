package io.corroborate.api;

import jakarta.json.JsonException;

/**
 * Why a request's JSON could not be read, for the client. Parsson refuses numbers longer than 1,100 characters and
 * nesting deeper than 1,000 levels with plain runtime exceptions rather than a JsonException; they are the client's
 * doing all the same.
 */
final class JsonLimits {

    static final int MAX_NUMBER_LENGTH = 1_100;
    static final int MAX_DEPTH = 1_000;

    private JsonLimits() {
    }

    /** The rest of a sentence that starts with what was read, e.g. "The request body ". */
    static String problem(RuntimeException e) {
        if (e instanceof JsonException) {
            return "is not JSON.";
        }
        return "is JSON this service does not read: numbers of at most " + String.format("%,d", MAX_NUMBER_LENGTH)
                + " characters, nesting of at most " + String.format("%,d", MAX_DEPTH) + " levels.";
    }
}
