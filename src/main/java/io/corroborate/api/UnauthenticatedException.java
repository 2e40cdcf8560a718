package io.corroborate.api;

import io.smallrye.graphql.api.ErrorCode;

/** The request needs a signed-in user and has none (or wrong credentials). */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends DomainException {
    public UnauthenticatedException(String message) {
        super(message);
    }
}
