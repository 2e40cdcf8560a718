package io.corroborate.api;

import io.smallrye.graphql.api.ErrorCode;

import java.util.Map;

/** The signed-in user lacks the role the request needs. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends DomainException {
    public ForbiddenException(String role, String what) {
        super("Only a user with the role \"" + role + "\" may " + what + ".", Map.of("requiredRole", role));
    }
}
