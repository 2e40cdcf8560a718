package io.corroborate.curation;

import io.corroborate.api.NodeKey;

import io.corroborate.api.BadUserInputException;
import io.corroborate.api.StorableText;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Limits on every input of the write API; a violation is a BAD_USER_INPUT error naming the field. */
final class Check {

    static final int ID = 100;
    static final int SHORT = 500;
    static final int LONG = 5_000;
    static final int ARTICLE = 2_000_000;
    static final int LIST = 100;
    /** Typed amounts: at most this many digits before and after the decimal point. */
    static final int AMOUNT_DIGITS = 30;
    static final int AMOUNT_DECIMALS = 20;
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
        text(field, value);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Text PostgreSQL can store as written (see {@link StorableText}). */
    static String text(String field, String value) {
        String problem = value == null ? null : StorableText.problem(value);
        if (problem != null) {
            throw new BadUserInputException(field, problem);
        }
        return value;
    }

    /** An absolute http or https URL, or null. */
    static String url(String field, String value) {
        String url = optional(field, value, LONG);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            // an internationalised host name (not ASCII) leaves getHost() null but is a web address all the same
            boolean host = uri.getHost() != null || uri.getRawAuthority() != null && !uri.getRawAuthority().isBlank();
            if ((scheme.equals("http") || scheme.equals("https")) && host) {
                return url;
            }
        } catch (URISyntaxException e) {
            // refused below, like any other URL that is not an absolute web address
        }
        throw new BadUserInputException(field, "must be an absolute http or https URL, e.g. \"https://example.org/article\"");
    }

    /** A well-formed BCP 47 language tag such as "en" or "pt-BR", or null. */
    static String language(String field, String value) {
        String tag = optional(field, value, ID);
        if (tag == null) {
            return null;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (!locale.getLanguage().isEmpty()) {
                return tag;
            }
        } catch (IllformedLocaleException e) {
            // refused below
        }
        throw new BadUserInputException(field, "must be a BCP 47 language tag, e.g. \"en\" or \"pt-BR\"");
    }

    /** A typed amount a person could write: at most 30 digits before the decimal point and 20 after. */
    static BigDecimal amount(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.precision() - plain.scale() > AMOUNT_DIGITS || plain.scale() > AMOUNT_DECIMALS) {
            throw new BadUserInputException(field, "at most " + AMOUNT_DIGITS + " digits before the decimal point and "
                    + AMOUNT_DECIMALS + " after, e.g. 143 or 2.5");
        }
        return value;
    }

    static <T> List<T> list(String field, List<T> values) {
        if (values != null && values.size() > LIST) {
            throw new BadUserInputException(field, "at most " + LIST + " items, was " + values.size());
        }
        return values == null ? List.of() : values;
    }
}
