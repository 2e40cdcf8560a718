package io.corroborate.api;

import io.smallrye.graphql.api.ErrorCode;

/** A request names an id that does not exist. Reaches clients with extensions.code NOT_FOUND. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends DomainException {
    public NotFoundException(String what, String id) {
        super("No " + what + " with id \"" + id + "\".");
    }
}
