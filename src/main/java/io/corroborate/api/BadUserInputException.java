package io.corroborate.api;

import io.smallrye.graphql.api.ErrorCode;

/** A request argument is out of range or malformed. Reaches clients with extensions.code BAD_USER_INPUT. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends DomainException {
    public BadUserInputException(String argument, String problem) {
        super("Argument \"" + argument + "\": " + problem);
    }
}
