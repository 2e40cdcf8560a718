package io.corroborate.user;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;

/** Dev mode's documented demo users: curator/curator and editor/editor. Production ships none. */
@ApplicationScoped
public class DemoUsers {

    private static final Logger LOG = Logger.getLogger(DemoUsers.class);

    void onStart(@Observes StartupEvent event, AuthConfig config) {
        if (!config.demoUsers()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            create("curator", List.of(Role.CURATOR));
            create("editor", List.of(Role.CURATOR, Role.EDITOR));
        });
    }

    private static void create(String name, List<String> roles) {
        if (AppUser.byUsername(name).isEmpty()) {
            AppUser.create(name, name, roles);
            LOG.infof("Demo user %s (password %s, roles %s) created", name, name, roles);
        }
    }
}
