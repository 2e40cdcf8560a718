package io.corroborate.user;

import io.corroborate.api.RateLimits;
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

    private final AuthConfig config;
    private final Access access;
    private final UserWriter users;
    private final RateLimits rates;

    public LoginApi(AuthConfig config, Access access, UserWriter users, RateLimits rates) {
        this.config = config;
        this.access = access;
        this.users = users;
        this.rates = rates;
    }

    @org.eclipse.microprofile.graphql.Type("User")
    @Description("Someone who may sign in.")
    public record User(@Description("The user name.") @NonNull String username, @Description("The roles: curator, editor.") @NonNull List<@NonNull String> roles) {
    }

    @Mutation("addUser")
    @Description("Creates a user who may sign in (editor). Passwords are stored only as bcrypt hashes; the audit log"
            + " records who created whom, with the roles.")
    public User addUser(@Name("username") @NonNull @Description("Lower-case letters, digits, dot, dash, underscore.") String username,
                        @Name("password") @NonNull @Description("At least 8 characters.") String password,
                        @Name("roles") @NonNull @Description("Any of curator, editor.") List<String> roles) {
        AppUser user = users.add(username, password, roles, access.requireEditor("add users"));
        return new User(user.username, user.roles);
    }

    @Mutation("login")
    @Description("Signs in with a username and password and returns a bearer token for writes. Attempts are limited per"
            + " user name and per client address (RATE_LIMITED, HTTP 429 with Retry-After).")
    public Token login(@Name("username") @NonNull @Description("The user's name.") String username,
                       @Name("password") @NonNull @Description("The user's password.") String password) {
        rates.admitLogin(username);
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
