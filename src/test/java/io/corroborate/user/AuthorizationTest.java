package io.corroborate.user;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.corroborate.GraphQL;
import io.corroborate.Tables;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.vertx.ext.web.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every mutation, read from the schema, and every HTTP route, read from the router and the REST resources, called
 * anonymously, with a forged token, with an expired token and with a role too low: all refused, nothing written. A
 * new mutation or route is covered without touching this test.
 */
@QuarkusTest
class AuthorizationTest {

    /** Mutations that need the editor role; any other needs a curator (login needs a right password). */
    private static final Set<String> EDITORS_ONLY = Set.of("addUser", "mergeFacts", "mergeEntities", "reopenConflict");

    @Inject
    DataSource database;
    @Inject
    Routes routes;
    @ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema")
    String schema;

    /** A call of the mutation with a well-formed value for each required argument. */
    private static Map<String, Object> call(GraphQLFieldDefinition mutation) {
        Map<String, Object> variables = new LinkedHashMap<>();
        List<String> declared = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        for (GraphQLArgument argument : mutation.getArguments()) {
            if (GraphQLTypeUtil.isNonNull(argument.getType())) {
                declared.add("$" + argument.getName() + ": " + GraphQLTypeUtil.simplePrint(argument.getType()));
                passed.add(argument.getName() + ": $" + argument.getName());
                variables.put(argument.getName(), sample(argument.getType()));
            }
        }
        GraphQLType result = GraphQLTypeUtil.unwrapAll(mutation.getType());
        String document = "mutation" + (declared.isEmpty() ? "" : "(" + String.join(", ", declared) + ")") + " { " + mutation.getName()
                + (passed.isEmpty() ? "" : "(" + String.join(", ", passed) + ")") + (result instanceof GraphQLObjectType ? " { __typename }" : "") + " }";
        return Map.of("query", document, "variables", variables);
    }

    private static Object sample(GraphQLInputType type) {
        if (type instanceof GraphQLNonNull nonNull) {
            return sample((GraphQLInputType) nonNull.getWrappedType());
        }
        if (type instanceof GraphQLList list) {
            return List.of(sample((GraphQLInputType) list.getWrappedType()));
        }
        if (type instanceof GraphQLEnumType enumType) {
            return enumType.getValues().get(0).getName();
        }
        if (type instanceof GraphQLInputObjectType object) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                if (GraphQLTypeUtil.isNonNull(field.getType())) {
                    fields.put(field.getName(), sample(field.getType()));
                }
            }
            return fields;
        }
        return switch (((GraphQLScalarType) type).getName()) {
            case "Int" -> 0;
            case "Float" -> 1.5;
            case "Boolean" -> true;
            case "Date" -> "2025-01-01";
            case "DateTime" -> "2025-01-01T00:00:00Z";
            case "BigDecimal", "BigInteger", "Long" -> 1;
            default -> "authz-probe";
        };
    }

    private static Response send(Map<String, Object> call, String authorization) {
        var request = given().contentType("application/json").body(call);
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        return request.post("/graphql");
    }

    private static String expired() {
        return "Bearer " + Jwt.issuer("corroborate").upn("editor").groups(Set.of("curator", "editor"))
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).sign();
    }

    @Test
    void everyMutationRefusesWhoeverMayNotMakeIt() throws Exception {
        Map<String, String> before = Tables.checksums(database, schema);
        List<GraphQLFieldDefinition> mutations = GraphQL.servedSchema().getMutationType().getFieldDefinitions();
        assertTrue(mutations.size() >= 16, "the schema's mutations: " + mutations.size());
        String curator = "Bearer " + GraphQL.login("curator", "curator");
        List<String> failures = new ArrayList<>();
        for (GraphQLFieldDefinition mutation : mutations) {
            Map<String, Object> call = call(mutation);
            expect(failures, mutation.getName() + " anonymously", send(call, null), 200, "UNAUTHENTICATED");
            expect(failures, mutation.getName() + " with a forged token", send(call, "Bearer forged.token.value"), 401, "UNAUTHENTICATED");
            expect(failures, mutation.getName() + " with an expired token", send(call, expired()), 401, "UNAUTHENTICATED");
            if (EDITORS_ONLY.contains(mutation.getName())) {
                expect(failures, mutation.getName() + " as a curator", send(call, curator), 200, "FORBIDDEN");
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(before, Tables.checksums(database, schema), "nothing written");
    }

    @Test
    void aCuratorChangesNothingOfAnotherCuratorsOrTheSeeds() throws Exception {
        Map<String, String> before = Tables.checksums(database, schema);
        String curator = "Bearer " + GraphQL.login("curator", "curator");
        String claim = "recognition-announcement-date/nysun";
        List<String> failures = new ArrayList<>();
        expect(failures, "editClaim of a seed claim", send(Map.of("query",
                "mutation { editClaim(id: \"" + claim + "\", version: 0, changes: { note: \"x\" }) { id } }"), curator), 200, "FORBIDDEN");
        expect(failures, "retractClaim of a seed claim", send(Map.of("query",
                "mutation { retractClaim(id: \"" + claim + "\", version: 0, reason: \"x\") { id } }"), curator), 200, "FORBIDDEN");
        expect(failures, "updateSource of a seed source", send(Map.of("query",
                "mutation { updateSource(id: \"nysun\", version: 0, changes: { outlet: \"x\" }) { id } }"), curator), 200, "FORBIDDEN");
        assertEquals(List.of(), failures);
        assertEquals(before, Tables.checksums(database, schema), "nothing written");
    }

    @Test
    void everyHttpRouteRefusesAnonymousAndForgedWrites() throws Exception {
        Map<String, String> before = Tables.checksums(database, schema);
        Set<String> paths = routes.router().getRoutes().stream().map(Route::getPath).filter(p -> p != null && !p.contains(":"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> resources = Arc.container().beanManager().getBeans(Object.class).stream()
                .map(bean -> bean.getBeanClass().getAnnotation(Path.class)).filter(p -> p != null)
                .map(p -> p.value().replaceAll("\\{[^}]+}", "authz-probe"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(paths.contains("/graphql") && resources.contains("/import/claims") && resources.size() >= 2, paths + " " + resources);
        List<String> failures = new ArrayList<>();
        for (String path : union(paths, resources)) {
            for (String authorization : java.util.Arrays.asList(null, "Bearer forged.token.value", expired())) {
                for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
                    for (String type : List.of("application/json", "application/x-ndjson", "text/csv")) {
                        var request = given().contentType(type)
                                .body("{\"fact\": \"authz-f\", \"source\": \"authz-s\", \"value\": \"1\"}\n".getBytes(StandardCharsets.UTF_8));
                        if (authorization != null) {
                            request = request.header("Authorization", authorization);
                        }
                        int status = request.request(method, path).statusCode();
                        if (status >= 500 || resources.contains(path) && status != 401 && status != 405 && status != 415) {
                            failures.add(method + " " + path + " " + type + (authorization == null ? " anonymously" : " with a bad token") + ": " + status);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(before, Tables.checksums(database, schema), "nothing written");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static void expect(List<String> failures, String what, Response response, int status, String code) {
        String answered = response.jsonPath().getString("errors[0].extensions.code");
        if (response.statusCode() != status || !code.equals(answered)) {
            failures.add(what + ": " + response.statusCode() + " " + answered);
        }
    }
}
