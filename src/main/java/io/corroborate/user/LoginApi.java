package io.corroborate.user;

import io.corroborate.api.BadUserInputException;
import io.corroborate.api.UnauthenticatedException;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.jwt.build.Jwt;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;

@GraphQLApi
public class LoginApi {

    /** Checked when the user does not exist, so that a wrong name takes as long as a wrong password. */
    private static final String NO_SUCH_USER = BcryptUtil.bcryptHash("no such user");

    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");
    private static final int MIN_PASSWORD = 8;
    private static final int MAX_PASSWORD = 200;

    private final AuthConfig config;
    private final Access access;

    public LoginApi(AuthConfig config, Access access) {
        this.config = config;
        this.access = access;
    }

    @org.eclipse.microprofile.graphql.Type("User")
    @Description("Someone who may sign in.")
    public record User(@Description("The user name.") @NonNull String username, @Description("The roles: curator, editor.") @NonNull List<@NonNull String> roles) {
    }

    @Mutation("addUser")
    @jakarta.transaction.Transactional
    @Description("Creates a user who may sign in (editor). Passwords are stored only as bcrypt hashes.")
    public User addUser(@Name("username") @NonNull @Description("Lower-case letters, digits, dot, dash, underscore.") String username,
                        @Name("password") @NonNull @Description("At least 8 characters.") String password,
                        @Name("roles") @NonNull @Description("Any of curator, editor.") List<String> roles) {
        access.requireEditor("add users");
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
        AppUser user = AppUser.create(username, password, List.copyOf(new java.util.LinkedHashSet<>(roles)));
        return new User(user.username, user.roles);
    }

    @Mutation("login")
    @Description("Signs in with a username and password and returns a bearer token for writes.")
    public Token login(@Name("username") @NonNull @Description("The user's name.") String username,
                       @Name("password") @NonNull @Description("The user's password.") String password) {
        AppUser user = AppUser.byUsername(username).orElse(null);
        boolean matches = BcryptUtil.matches(password, user == null ? NO_SUCH_USER : user.passwordHash);
        if (user == null || !matches) {
            throw new UnauthenticatedException("Wrong username or password.");
        }
        Instant expires = Instant.now().plus(config.tokenLifetime());
        String token = Jwt.issuer(config.issuer()).upn(user.username).groups(new HashSet<>(user.roles))
                .expiresAt(expires).sign();
        return new Token(token, expires, user.roles);
    }
}
