package io.corroborate.user;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Keeps the service's router, so a test can list every HTTP route it serves. */
@ApplicationScoped
public class Routes {

    private volatile Router router;

    void keep(@Observes Router router) {
        this.router = router;
    }

    Router router() {
        return router;
    }
}
