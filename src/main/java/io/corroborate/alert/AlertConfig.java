package io.corroborate.alert;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Limits of the live alerts (Subscription.storyAlerts) and how the listener keeps its database connection. */
@ConfigMapping(prefix = "corroborate.alerts")
public interface AlertConfig {

    /** Live subscriptions this replica serves at once; more are refused with RATE_LIMITED. */
    @WithDefault("1000")
    int maxSubscriptions();

    /** Alerts kept for a subscriber that reads slower than they come; beyond, its subscription ends with an error. */
    @WithDefault("1000")
    int buffer();

    /** The longest wait between attempts to listen again after the database connection was lost (doubling from 0.5 s). */
    @WithDefault("PT30S")
    Duration maxReconnectWait();

    /** How often an idle listening connection is checked, so that a silently broken one is replaced. */
    @WithDefault("PT10S")
    Duration checkEvery();
}
