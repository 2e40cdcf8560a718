package io.corroborate.api;

/**
 * An error caused by the request, not by the server: its message is meant for the client and is shown
 * (see mp.graphql.showErrorMessage), while any other exception is reported as a server error.
 */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message, null, false, false);
    }
}
