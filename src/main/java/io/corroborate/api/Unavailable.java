package io.corroborate.api;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

import java.sql.SQLException;
import java.util.Map;

/**
 * Errors that say the server could not do the work now rather than that the request is wrong: the request's time
 * was up (REQUEST_TIMEOUT), a statement ran longer than the statement timeout (TIMEOUT), or no database connection
 * could be had (SERVICE_UNAVAILABLE: pool exhausted past its acquisition timeout, database down or restarting).
 * A mutation that fails this way was rolled back: nothing of it was written.
 */
final class Unavailable {

    private Unavailable() {
    }

    /** The coded error for such a failure, or null when the failure is of another kind. */
    static GraphQLError coded(ExceptionWhileDataFetching fetching) {
        String code = code(fetching.getException());
        if (code == null) {
            return null;
        }
        String message = switch (code) {
            case "REQUEST_TIMEOUT" -> "Not fetched: the request ran out of time.";
            case "TIMEOUT" -> "The database took too long and the statement was cancelled; nothing of it was written. Try again later or ask for less.";
            default -> "The database is unavailable or busy; nothing of this field was written. Try again in a few seconds.";
        };
        return GraphqlErrorBuilder.newError().message(message).locations(fetching.getLocations()).path(fetching.getPath())
                .extensions(Map.of("code", code)).build();
    }

    static String code(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RequestDeadline.RequestTimeoutException) {
                return "REQUEST_TIMEOUT";
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if ("57014".equals(state)) {
                    return "TIMEOUT";
                }
                if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"))
                        || sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                    return "SERVICE_UNAVAILABLE";
                }
            }
        }
        return null;
    }
}
