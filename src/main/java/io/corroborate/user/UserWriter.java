package io.corroborate.user;

import io.corroborate.api.BadUserInputException;
import io.corroborate.curation.Audit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Creates users who may sign in, each with its audit entry (never with the password). */
@ApplicationScoped
public class UserWriter {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");
    private static final int MIN_PASSWORD = 8;
    private static final int MAX_PASSWORD = 200;

    private final Audit audit;

    public UserWriter(Audit audit) {
        this.audit = audit;
    }

    @Transactional
    public AppUser add(String username, String password, List<String> roles, String actor) {
        if (!USERNAME.matcher(username).matches()) {
            throw new BadUserInputException("username", "use 2 to 63 lower-case letters, digits, dots, dashes or underscores");
        }
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new BadUserInputException("password", "between " + MIN_PASSWORD + " and " + MAX_PASSWORD + " characters");
        }
        if (roles.isEmpty() || roles.contains(null) || !List.of(Role.CURATOR, Role.EDITOR).containsAll(roles)) {
            throw new BadUserInputException("roles", "one or both of curator and editor; only those exist");
        }
        if (AppUser.byUsername(username).isPresent()) {
            throw new BadUserInputException("username", "the user \"" + username + "\" exists already");
        }
        AppUser user = AppUser.create(username, password, List.copyOf(new LinkedHashSet<>(roles)));
        audit.record(actor, "ADD_USER", "USER", user.username, null, null, Map.of("username", user.username, "roles", user.roles));
        return user;
    }
}
