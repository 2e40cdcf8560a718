package io.corroborate.user;

import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
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
    }

    @Test
    void aForgedTokenIsRefused() {
        io.restassured.RestAssured.given().contentType("application/json").header("Authorization", "Bearer not.a.token")
                .body(Map.of("query", "{ sources { id } }")).post("/graphql").then().statusCode(401);
    }
}
