package io.corroborate.user;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Users created at start: dev mode's documented demo users (curator/curator, editor/editor), and, on a
 * server without any user yet, the first editor named by corroborate.auth.first-editor ("name:password").
 */
@ApplicationScoped
public class StartupUsers {

    private static final Logger LOG = Logger.getLogger(StartupUsers.class);

    void onStart(@Observes StartupEvent event, AuthConfig config) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (config.demoUsers()) {
                create("curator", "curator", List.of(Role.CURATOR));
                create("editor", "editor", List.of(Role.CURATOR, Role.EDITOR));
            }
            config.firstEditor().filter(spec -> AppUser.count() == 0).ifPresent(spec -> {
                int colon = spec.indexOf(':');
                if (colon < 1 || colon == spec.length() - 1) {
                    throw new IllegalArgumentException("corroborate.auth.first-editor must be name:password");
                }
                create(spec.substring(0, colon), spec.substring(colon + 1), List.of(Role.CURATOR, Role.EDITOR));
            });
        });
    }

    private static void create(String name, String password, List<String> roles) {
        if (AppUser.byUsername(name).isEmpty()) {
            AppUser.create(name, password, roles);
            LOG.infof("User %s created with roles %s", name, roles);
        }
    }
}
