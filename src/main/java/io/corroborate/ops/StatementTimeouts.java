package io.corroborate.ops;

import io.agroal.api.AgroalPoolInterceptor;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Gives every new connection of the pool PostgreSQL's statement_timeout for the API
 * ({@link TimeoutConfig#statement()}); work that is allowed longer raises it for its own transaction only.
 */
@ApplicationScoped
public class StatementTimeouts implements AgroalPoolInterceptor {

    private final TimeoutConfig config;

    public StatementTimeouts(TimeoutConfig config) {
        this.config = config;
    }

    @Override
    public void onConnectionCreate(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set statement_timeout = " + config.statement().toMillis());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set the statement timeout of a new connection", e);
        }
    }

    /** Lets the statements of the current transaction of a background job run up to {@link TimeoutConfig#jobStatement()}. */
    public static void allowJob(EntityManager em) {
        allow(em, ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(TimeoutConfig.class).jobStatement());
    }

    /** Lets the statements of the current transaction run up to {@code limit} each (zero: without limit). */
    public static void allow(EntityManager em, Duration limit) {
        em.createNativeQuery("select cast(set_config('statement_timeout', ?1, true) as text)")
                .setParameter(1, Long.toString(limit.toMillis())).getSingleResult();
    }
}
