package io.corroborate.api;

import graphql.execution.AbortExecutionException;

import java.util.Map;

/** A document refused by a limit before anything runs: a request error with its own extensions.code. */
final class Refusal extends AbortExecutionException {

    private final String code;

    Refusal(String code, String message) {
        super(message);
        this.code = code;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return Map.of("code", code);
    }
}
