package io.corroborate.api;

import io.smallrye.graphql.api.ErrorCode;

import java.util.Map;

/** A request argument is out of range or malformed. Reaches clients with extensions.code BAD_USER_INPUT and details.field. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends DomainException {
    public BadUserInputException(String field, String problem) {
        super("Argument \"" + field + "\": " + problem, Map.of("field", field));
    }
}
