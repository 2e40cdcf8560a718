package io.corroborate.user;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.util.List;

@Type("Token")
@Description("A bearer token: send it as the HTTP header \"Authorization: Bearer <token>\" with writes.")
public record Token(
        @Description("The signed token (JWT).") @NonNull String token,
        @Description("When the token stops being accepted.") @NonNull Instant expiresAt,
        @Description("The roles it carries: curator, editor.") @NonNull List<@NonNull String> roles) {
}
