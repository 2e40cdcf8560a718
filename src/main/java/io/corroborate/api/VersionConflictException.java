package io.corroborate.api;

import io.smallrye.graphql.api.ErrorCode;

import java.util.Map;

/** An edit was based on a version that is no longer the current one; nothing was written. */
@ErrorCode("VERSION_CONFLICT")
public class VersionConflictException extends DomainException {
    public VersionConflictException(String what, String id, int given, int current) {
        super("The " + what + " \"" + id + "\" is at version " + current + ", not " + given
                + ": someone changed it meanwhile. Read it again and reapply your change.",
                Map.of("currentVersion", current));
    }
}
