package io.corroborate.alert;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The PostgreSQL notification channel of this service's schema: every replica on the schema listens to it, and
 * services on other schemas of the same database never see its alerts.
 */
@ApplicationScoped
public class AlertChannel {

    private final String name;
    private final String schema;

    public AlertChannel(@ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema") Optional<String> schema) {
        this.name = "corroborate_alerts" + schema.map(s -> ":" + s).orElse("");
        this.schema = schema.map(s -> s + ".").orElse("");
    }

    /** The channel, as pg_notify takes it. */
    String name() {
        return name;
    }

    /** The channel as LISTEN takes it: a quoted identifier. */
    String identifier() {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** The prefix of the service's table names. */
    String schema() {
        return schema;
    }
}
