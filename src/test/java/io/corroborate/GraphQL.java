package io.corroborate;

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
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/graphql")
                .then().statusCode(200);
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
