package io.corroborate.user;

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

@GraphQLApi
public class LoginApi {

    /** Checked when the user does not exist, so that a wrong name takes as long as a wrong password. */
    private static final String NO_SUCH_USER = BcryptUtil.bcryptHash("no such user");

    private final AuthConfig config;

    public LoginApi(AuthConfig config) {
        this.config = config;
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
