package io.corroborate.api;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Unexpected errors become INTERNAL_SERVER_ERROR and are logged with their stack trace; expected refusals are not logged. */
class ErrorCodesTest {

    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger logger = Logger.getLogger(ErrorCodes.class.getName());
        logger.addHandler(capture);
        // the simulated bug stays out of the build log, which lists real errors only
        logger.setUseParentHandlers(false);
    }

    @AfterEach
    void stop() {
        Logger logger = Logger.getLogger(ErrorCodes.class.getName());
        logger.removeHandler(capture);
        logger.setUseParentHandlers(true);
    }

    private static GraphQLError coded(Throwable failure) {
        GraphQLError error = new ExceptionWhileDataFetching(ResultPath.parse("/fact/comparison"), failure, new SourceLocation(1, 3));
        ExecutionResult result = new ErrorCodes().instrumentExecutionResult(
                ExecutionResultImpl.newExecutionResult().addError(error).build(), null, null).join();
        return result.getErrors().get(0);
    }

    @Test
    void anUnexpectedErrorIsLoggedWithAReferenceTheClientSees() {
        NullPointerException bug = new NullPointerException("a bug");
        GraphQLError error = coded(bug);
        assertEquals("INTERNAL_SERVER_ERROR", error.getExtensions().get("code"));
        assertFalse(error.getMessage().contains("NullPointer"), "no Java class names reach clients");
        assertFalse(error.toSpecification().toString().contains("Exception"), "nor graphql-java's: " + error.toSpecification());
        assertEquals(1, logged.size());
        assertEquals(Level.SEVERE, logged.get(0).getLevel());
        assertSame(bug, logged.get(0).getThrown(), "the stack trace is logged");
        String reference = error.getMessage().replaceAll(".*reference ([0-9a-f]+).*", "$1");
        assertTrue(logged.get(0).getMessage().contains(reference), "the log names the reference the client got: " + logged.get(0).getMessage());
    }

    @Test
    void anExpectedRefusalKeepsItsCodeAndIsNotLogged() {
        NotFoundException refusal = new NotFoundException("fact", "nope");
        GraphQLError error = coded(refusal);
        assertTrue(error instanceof ExceptionWhileDataFetching fetching && fetching.getException() == refusal);
        assertEquals(List.of(), logged);
    }
}
