package io.corroborate.alert;

import io.corroborate.api.NotFoundException;
import io.corroborate.api.RateLimitedException;
import io.corroborate.compare.Verdict;
import io.corroborate.story.Story;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands the alerts every replica announces ({@link Alerts}) to this replica's subscribers: one connection of its own
 * LISTENs to the schema's channel (and listens again, with growing waits, after the database went away), and each
 * subscriber gets the alerts of its story.
 */
@ApplicationScoped
public class AlertFeed {

    private static final Logger LOG = Logger.getLogger(AlertFeed.class);
    private static final Duration FIRST_WAIT = Duration.ofMillis(500);

    private final BroadcastProcessor<Notice> notices = BroadcastProcessor.create();
    private final AtomicInteger watching = new AtomicInteger();
    private final AlertConfig config;
    private final AlertChannel channel;
    private final String url;
    private final Properties login = new Properties();
    private volatile boolean stopping;

    public AlertFeed(AlertConfig config, AlertChannel channel, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                     @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                     @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.config = config;
        this.channel = channel;
        this.url = url;
        user.ifPresent(u -> login.setProperty("user", u));
        password.ifPresent(p -> login.setProperty("password", p));
        login.setProperty("ApplicationName", "corroborate alerts " + channel.name());
    }

    /** The alerts of these kinds of the story from now on; fails with NOT_FOUND for an unknown story. */
    Multi<StoryAlert> of(String storyKey, Set<AlertKind> kinds) {
        Context caller = Vertx.currentContext();
        return Uni.createFrom().item(() -> QuarkusTransaction.requiringNew().call(() -> Story.byKey(storyKey).map(s -> s.id)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToMulti(story -> watch(story.orElseThrow(() -> new NotFoundException("story", storyKey)), caller))
                .filter(alert -> kinds.contains(alert.kind()));
    }

    /**
     * The story's alerts, handed to the subscriber on its connection's Vert.x context, where SmallRye expects to start
     * resolving the alert's fields (on a worker thread, as for any request).
     */
    private Multi<StoryAlert> watch(long story, Context caller) {
        if (watching.incrementAndGet() > config.maxSubscriptions()) {
            watching.decrementAndGet();
            throw new RateLimitedException("live subscriptions", Duration.ofMinutes(1));
        }
        return notices.filter(n -> n.story() == story).onItem().transformToIterable(Notice::alerts)
                .onOverflow().buffer(config.buffer())
                .emitOn(caller == null ? Infrastructure.getDefaultWorkerPool() : command -> caller.runOnContext(v -> command.run()))
                .onTermination().invoke(watching::decrementAndGet);
    }

    void start(@Observes StartupEvent event) {
        Thread listener = new Thread(this::listen, "alert-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    private void listen() {
        Duration wait = FIRST_WAIT;
        while (!stopping) {
            try (Connection db = new org.postgresql.Driver().connect(url, login); Statement statement = db.createStatement()) {
                statement.execute("listen " + channel.identifier());
                if (wait != FIRST_WAIT) {
                    LOG.info("Live alerts: listening again");
                }
                wait = FIRST_WAIT;
                receive(db.unwrap(PGConnection.class), statement);
            } catch (SQLException | RuntimeException e) {
                if (stopping) {
                    return;
                }
                LOG.warnf("Live alerts: not listening to the database (%s); trying again in %d ms", e.getMessage(), wait.toMillis());
                pause(wait);
                wait = wait.multipliedBy(2).compareTo(config.maxReconnectWait()) > 0 ? config.maxReconnectWait() : wait.multipliedBy(2);
            }
        }
    }

    private void receive(PGConnection db, Statement statement) throws SQLException {
        long checked = System.nanoTime();
        while (!stopping) {
            PGNotification[] received = db.getNotifications(1000);
            if (received != null) {
                for (PGNotification notification : received) {
                    publish(notification.getParameter());
                }
            } else if (System.nanoTime() - checked > config.checkEvery().toNanos()) {
                statement.execute("select 1");
                checked = System.nanoTime();
            }
        }
    }

    private void publish(String payload) {
        try (var reader = Json.createReader(new StringReader(payload))) {
            notices.onNext(Notice.of(reader.readObject()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Live alerts: unreadable notification %s", payload);
        }
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One notification: alerts of one story. */
    record Notice(long story, List<StoryAlert> alerts) {

        static Notice of(JsonObject json) {
            Instant at = Instant.ofEpochMilli(json.getJsonNumber("at").longValue());
            String by = json.getString("by");
            List<StoryAlert> alerts = json.getJsonArray("alerts").getValuesAs(JsonObject.class).stream().map(a -> {
                AlertKind kind = AlertKind.valueOf(a.getString("k"));
                long fact = a.getJsonNumber("f").longValue();
                return kind == AlertKind.CONSENSUS_CHANGED
                        ? new StoryAlert(kind, fact, null, null, run(a.get("b")), run(a.get("a")), at, by)
                        : new StoryAlert(kind, fact, verdict(a.get("b")), verdict(a.get("a")), null, null, at, by);
            }).toList();
            return new Notice(json.getJsonNumber("story").longValue(), alerts);
        }

        private static Long run(JsonValue value) {
            return value instanceof JsonNumber number ? number.longValue() : null;
        }

        private static Verdict verdict(JsonValue value) {
            return value instanceof jakarta.json.JsonString text ? Verdict.valueOf(text.getString()) : null;
        }
    }
}
