package io.corroborate.api;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.Map;

/** Adds a domain error's details (e.g. the offending field, the current version) as extensions.details. */
public class ErrorDetails implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "details";
    }

    @Override
    public JsonValue mapValueFrom(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain && !domain.details().isEmpty()) {
                JsonObjectBuilder details = Json.createObjectBuilder();
                for (Map.Entry<String, Object> entry : domain.details().entrySet()) {
                    if (entry.getValue() instanceof Number number) {
                        details.add(entry.getKey(), number.longValue());
                    } else {
                        details.add(entry.getKey(), String.valueOf(entry.getValue()));
                    }
                }
                return details.build();
            }
        }
        return null;
    }
}
