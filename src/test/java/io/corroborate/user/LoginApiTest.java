package io.corroborate.user;

import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Set;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class LoginApiTest {

    private static final String ADD_USER = """
            mutation($u: String!, $p: String!, $r: [String!]!) { addUser(username: $u, password: $p, roles: $r) { username roles } }""";

    @Test
    void editorsAddUsersWhoCanThenSignIn() {
        String name = "newcomer" + System.nanoTime() % 1_000_000;
        GraphQL.post(ADD_USER, Map.of("u", name, "p", "long enough", "r", List.of("curator")), GraphQL.login("curator", "curator"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        String editor = GraphQL.login("editor", "editor");
        GraphQL.post(ADD_USER, Map.of("u", name, "p", "short", "r", List.of("curator")), editor)
                .body("errors[0].extensions.details.field", equalTo("password"));
        GraphQL.post(ADD_USER, Map.of("u", name, "p", "long enough", "r", List.of("admin")), editor)
                .body("errors[0].extensions.details.field", equalTo("roles"));
        assertEquals(List.of("curator"), GraphQL.data(ADD_USER, Map.of("u", name, "p", "long enough", "r", List.of("curator")), editor)
                .getList("addUser.roles"));
        GraphQL.login(name, "long enough");
        AppUser stored = AppUser.byUsername(name).orElseThrow();
        assertNotEquals("long enough", stored.passwordHash);
        assertEquals(true, stored.passwordHash.startsWith("$2"), "a bcrypt hash");
        List<Map<String, Object>> changes = GraphQL.data("{ recentChanges(first: 20) { changes { action actor targetType targetId after } } }")
                .getList("recentChanges.changes");
        Map<String, Object> added = changes.stream().filter(c -> name.equals(c.get("targetId"))).findFirst().orElseThrow();
        assertEquals(List.of("ADD_USER", "editor", "USER"), List.of(added.get("action"), added.get("actor"), added.get("targetType")));
        assertEquals(false, String.valueOf(added.get("after")).contains("long enough"), "never the password");
        assertEquals(1, changes.stream().filter(c -> name.equals(c.get("targetId"))).count(), "refused attempts are not logged");
    }

    /** A token that cannot be verified is refused with a GraphQL error, even on a public read, and nothing runs. */
    @ParameterizedTest
    @MethodSource("badTokens")
    void aBadTokenGetsAGraphQLErrorEvenOnAPublicRead(String token) {
        given().contentType("application/json").header("Authorization", "Bearer " + token)
                .body(Map.of("query", "{ sources { id } }")).post("/graphql").then().statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", containsString("Sign in again"))
                .body("data", nullValue());
    }

    static List<String> badTokens() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String otherKey = Jwt.issuer("corroborate").upn("curator").groups(Set.of("curator", "editor"))
                .expiresAt(Instant.now().plusSeconds(600)).jws().sign(generator.generateKeyPair().getPrivate());
        String expired = Jwt.issuer("corroborate").upn("curator").groups(Set.of("curator"))
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).sign();
        String otherIssuer = Jwt.issuer("someone-else").upn("curator").groups(Set.of("curator"))
                .expiresAt(Instant.now().plusSeconds(600)).sign();
        return List.of("not.a.token", "garbage", otherKey, expired, otherIssuer);
    }

    @Test
    void aValidTokenReadsAsWellAsNoToken() {
        String token = GraphQL.login("curator", "curator");
        assertEquals(GraphQL.data("{ sources { id } }").getList("sources"), GraphQL.data("{ sources { id } }", Map.of(), token).getList("sources"));
    }
}
