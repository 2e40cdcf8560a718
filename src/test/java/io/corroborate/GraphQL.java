package io.corroborate;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Posts GraphQL documents to the running service, as any client would. */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse post(String document, Map<String, Object> variables) {
        return post(document, variables, null);
    }

    /** Posts as the holder of a bearer token (null: anonymously). */
    public static ValidatableResponse post(String document, Map<String, Object> variables, String token) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.when().post("/graphql").then().statusCode(200);
    }

    /** Signs in and returns the bearer token. */
    public static String login(String username, String password) {
        return data("mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }",
                Map.of("u", username, "p", password)).getString("login.token");
    }

    /** The data of a request made with a token, which must succeed. */
    public static JsonPath data(String document, Map<String, Object> variables, String token) {
        JsonPath json = post(document, variables, token).extract().jsonPath();
        if (json.get("errors") != null) {
            throw new AssertionError("GraphQL errors: " + json.prettify());
        }
        return json.setRootPath("data");
    }

    /** The schema as the service serves it (its SDL), for tests that walk its types. */
    public static GraphQLSchema servedSchema() {
        String sdl = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    }

    public static ValidatableResponse post(String document) {
        return post(document, Map.of());
    }

    /** The response of a query that must succeed: no errors, data returned. */
    public static JsonPath data(String document, Map<String, Object> variables) {
        JsonPath json = post(document, variables).extract().jsonPath();
        if (json.get("errors") != null) {
            throw new AssertionError("GraphQL errors: " + json.prettify());
        }
        return json.setRootPath("data");
    }

    public static JsonPath data(String document) {
        return data(document, Map.of());
    }
}
