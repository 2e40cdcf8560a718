package io.corroborate.api;

import java.util.Map;

/**
 * An error caused by the request, not by the server: its message is meant for the client and is shown
 * (see mp.graphql.showErrorMessage), while any other exception is reported as a server error. Details
 * (such as the offending field) reach clients as extensions.details.
 */
public abstract class DomainException extends RuntimeException {

    private final Map<String, Object> details;

    protected DomainException(String message) {
        this(message, Map.of());
    }

    protected DomainException(String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.details = Map.copyOf(details);
    }

    /** Machine-readable details for clients; empty when there are none. */
    public Map<String, Object> details() {
        return details;
    }
}
