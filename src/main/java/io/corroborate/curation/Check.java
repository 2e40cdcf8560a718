package io.corroborate.curation;

import io.corroborate.api.NodeKey;

import io.corroborate.api.BadUserInputException;

import java.util.List;
import java.util.regex.Pattern;

/** Limits on every input of the write API; a violation is a BAD_USER_INPUT error naming the field. */
final class Check {

    static final int ID = 100;
    static final int SHORT = 500;
    static final int LONG = 5_000;
    static final int ARTICLE = 2_000_000;
    static final int LIST = 100;
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private Check() {
    }

    static String id(String field, String value) {
        required(field, value, ID);
        if (!KEY.matcher(value).matches()) {
            throw new BadUserInputException(field, "use lower-case letters, digits and dashes, e.g. \"crocus-attack-date\"");
        }
        return value;
    }

    /** A well-formed id that no item of this kind has yet. */
    static String newId(String field, String value, String what, java.util.function.Function<String, java.util.Optional<?>> byKey) {
        String id = id(field, value);
        if (byKey.apply(id).isPresent()) {
            throw new BadUserInputException(field, (what.matches("[aeiou].*") ? "an " : "a ") + what + " \"" + id + "\" exists already");
        }
        return unused(field, id);
    }

    /** An id no object of any type has: ids are unique across the API, so that `node(id:)` can find each one. */
    static String unused(String field, String id) {
        NodeKey.typeOf(id).ifPresent(type -> {
            throw new BadUserInputException(field, taken(id, type));
        });
        return id;
    }

    /** Why an id cannot be given to a new object: the object of this type holds it. */
    static String taken(String id, String type) {
        return "the id \"" + id + "\" is taken by " + (type.equals("Entity") ? "an " : "a ") + type.toLowerCase(java.util.Locale.ROOT)
                + "; ids are unique across sources, stories, entities, facts and claims";
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new BadUserInputException(field, "must not be empty");
        }
        return optional(field, value, max);
    }

    static String optional(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new BadUserInputException(field, "at most " + max + " characters, was " + value.length());
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <T> List<T> list(String field, List<T> values) {
        if (values != null && values.size() > LIST) {
            throw new BadUserInputException(field, "at most " + LIST + " items, was " + values.size());
        }
        return values == null ? List.of() : values;
    }
}
