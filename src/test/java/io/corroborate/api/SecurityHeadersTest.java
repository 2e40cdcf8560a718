package io.corroborate.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Browsers: only listed origins may call the API from another origin; responses carry the standard security headers. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void aListedOriginMayCallTheApiFromABrowser() {
        given().header("Origin", "https://newsroom.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .options("/graphql").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://newsroom.example"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
        given().header("Origin", "https://newsroom.example").contentType("application/json").body(Map.of("query", "{ stories { id } }"))
                .post("/graphql").then().statusCode(200).header("Access-Control-Allow-Origin", equalTo("https://newsroom.example"));
    }

    @Test
    void anUnlistedOriginIsRefused() {
        given().header("Origin", "https://attacker.example").contentType("application/json").body(Map.of("query", "{ stories { id } }"))
                .post("/graphql").then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://attacker.example").header("Access-Control-Request-Method", "POST")
                .options("/graphql").then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void responsesCarryTheSecurityHeaders() {
        given().contentType("application/json").body(Map.of("query", "{ stories { id } }")).post("/graphql").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY").header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("default-src 'none'")).header("Cache-Control", "no-store");
        given().get("/graphiql/").then().statusCode(200).header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY");
    }
}
