package io.corroborate.api;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The GraphQL-over-HTTP rules the endpoint follows, and the error codes of refused requests. */
@QuarkusTest
class GraphQLOverHttpTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private static io.restassured.specification.RequestSpecification json(String accept) {
        return given().contentType(ContentType.JSON).accept(accept);
    }

    @Test
    void anIntBeyond32BitsIsRefusedNotWrapped() {
        for (String query : java.util.List.of("{ facts(first: 4294967301) { totalCount } }", "{ facts(first: 99999999999) { totalCount } }",
                "{ facts(last: -4294967295) { totalCount } }")) {
            json("application/json").body(Map.of("query", query)).post("/graphql").then().statusCode(200)
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", containsString("is not an Int"));
        }
        json("application/json").body(Map.of("query", "{ facts(first: 5) { edges { node { id } } } }")).post("/graphql").then()
                .body("data.facts.edges.size()", equalTo(5));
        for (Object n : java.util.List.of(4294967298L, 1.5)) {
            json("application/json").body(Map.of("query", "query($n: Int) { facts(first: $n) { totalCount } }", "variables", Map.of("n", n)))
                    .post("/graphql").then().statusCode(200)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", not(containsString("SRGQL")));
        }
    }

    @Test
    void anyAcceptGetsApplicationJson() {
        json("*/*").body(Map.of("query", "{ sources { id } }")).post("/graphql").then()
                .statusCode(200).contentType(startsWith("application/json")).body("data.sources[0].id", not(nullValue()));
    }

    @Test
    void aDocumentThatDoesNotParseIs400UnderGraphqlResponseJsonAnd200UnderJson() {
        Map<String, String> body = Map.of("query", "{ sources { id }");
        json(GRAPHQL_RESPONSE).body(body).post("/graphql").then().statusCode(400)
                .contentType(startsWith(GRAPHQL_RESPONSE))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].locations[0].line", equalTo(1));
        json("application/json").body(body).post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
    }

    @Test
    void anInvalidDocumentIsRefusedWithAValidationCode() {
        json(GRAPHQL_RESPONSE).body(Map.of("query", "{ sources { nope } }")).post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("data", nullValue());
    }

    @Test
    void aVariableOfTheWrongTypeIsBadUserInput() {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("id", null);
        json(GRAPHQL_RESPONSE).body(Map.of("query", "query($id: ID!) { source(id: $id) { id } }", "variables", variables))
                .post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("data", nullValue());
    }

    @Test
    void illFormedRequestsAreRefusedWith4xx() {
        given().body("{\"query\": \"{ sources { id } }\"}").post("/graphql").then().statusCode(415)
                .body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        json("application/json").post("/graphql").then().statusCode(400)
                .body("errors[0].message", containsString("no body"));
        json("application/json").body("{ \"query\": ").post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        json("application/json").body(Map.of("query", 42)).post("/graphql").then().statusCode(400)
                .body("errors[0].message", containsString("\"query\""));
        json("application/json").body(Map.of("query", "{ sources { id } }", "variables", "x")).post("/graphql").then()
                .statusCode(400).body("errors[0].message", containsString("\"variables\""));
        json("text/html").body(Map.of("query", "{ sources { id } }")).post("/graphql").then().statusCode(406);
    }

    @Test
    void getRunsQueriesAndRefusesMutations() {
        given().accept("application/json").queryParam("query", "query Named { source(id: \"nysun\") { id } }")
                .queryParam("operationName", "Named")
                .get("/graphql").then().statusCode(200).body("data.source.id", equalTo("nysun"));
        given().accept("application/json")
                .queryParam("query", "mutation { login(username: \"curator\", password: \"curator\") { token } }")
                .get("/graphql").then().statusCode(405).header("Allow", "POST")
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"))
                .body("data", nullValue());
    }

    @Test
    void aQueryWithTooManyFieldsIsRefusedWithItsOwnCode() {
        String many = "{ " + "sources { id } ".repeat(1) + "a: sources { id outlet headline } ".repeat(1)
                + java.util.stream.IntStream.range(0, 700).mapToObj(i -> "s" + i + ": sources { id outlet }")
                .collect(java.util.stream.Collectors.joining(" ")) + " }";
        json(GRAPHQL_RESPONSE).body(Map.of("query", many)).post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
    }

    @Test
    void anExpectedRefusalKeepsItsDomainCode() {
        json("application/json").body(Map.of("query", "{ facts(first: 0) { totalCount } }")).post("/graphql").then()
                .statusCode(200).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.details.field", equalTo("first"));
    }

    @Test
    void anInputThatCannotBeReadNamesNoJavaClass() {
        String curator = io.corroborate.GraphQL.login("curator", "curator");
        String body = given().contentType(ContentType.JSON).accept("application/json").header("Authorization", "Bearer " + curator)
                .body(Map.of("query", """
                        mutation { addClaim(input: { fact: "crocus-attack-date", source: "nysun", value: "3 May 2025",
                          date: { earliest: "2025-02-30", latest: "2025-05-01", precision: DAY } }) { id } }"""))
                .post("/graphql").then().body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED")).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("io.corroborate") || body.contains("Unknown Scalar Type"), body);
    }

    @Test
    void aNullInAListArgumentIsBadUserInput() {
        json("application/json").body(Map.of("query", "{ discrepancies(kinds: [null]) { totalCount } }")).post("/graphql").then()
                .statusCode(200).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.details.field", equalTo("kinds"));
    }
}
