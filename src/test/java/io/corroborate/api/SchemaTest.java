package io.corroborate.api;

import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import graphql.introspection.IntrospectionQueryBuilder;
import graphql.introspection.IntrospectionResultToSchema;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SchemaTest {

    private static final Set<String> BUILT_IN = Set.of("String", "Boolean", "Int", "Float", "ID");

    @Test
    @SuppressWarnings("unchecked")
    void everyTypeFieldArgumentAndEnumValueHasADescription() {
        JsonPath schema = GraphQL.data("""
                { __schema { types {
                    name description
                    fields { name description args { name description } }
                    inputFields { name description }
                    enumValues { name description } } } }""");
        List<Map<String, Object>> types = schema.getList("__schema.types");
        List<String> undescribed = new ArrayList<>();
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || BUILT_IN.contains(name)) {
                continue;
            }
            check(name, type, undescribed);
            for (String list : List.of("fields", "inputFields", "enumValues")) {
                for (Map<String, Object> member : (List<Map<String, Object>>) orEmpty(type.get(list))) {
                    check(name + "." + member.get("name"), member, undescribed);
                    for (Map<String, Object> arg : (List<Map<String, Object>>) orEmpty(member.get("args"))) {
                        check(name + "." + member.get("name") + "(" + arg.get("name") + ")", arg, undescribed);
                    }
                }
            }
        }
        assertTrue(types.size() > 15, "the schema has the API's types");
        assertEquals(List.of(), undescribed, "schema elements without a description");
    }

    @Test
    void claimValuesAreAUnionOfTypedValues() {
        JsonPath union = GraphQL.data("{ __type(name: \"ClaimValue\") { kind possibleTypes { name } } }");
        assertEquals("UNION", union.getString("__type.kind"));
        assertEquals(Set.of("DateValue", "QuantityValue", "QuoteValue", "TextValue", "YesNoValue", "EntityValue", "SetValue"),
                Set.copyOf(union.getList("__type.possibleTypes.name")));
    }

    @Test
    void theDeepestNestingTheApiOffersFitsTheDepthLimit() {
        GraphQL.post("""
                { discrepancies(first: 1) { edges { node { comparison { conflicts { left { value { ... on QuoteValue {
                    speaker { claims { source { id } } } } } } } } } } } }""")
                .body("errors", equalTo(null))
                .body("data.discrepancies.edges[0].node.comparison.conflicts", notNullValue());
    }

    @Test
    void aQueryDeeperThanTheLimitIsRefusedWithoutAServerError() {
        GraphQL.post("""
                { sources { claims { fact { claims { source { claims { fact { claims { source { claims { fact { claims { id } } } } } } } } } } } } }""")
                .body("errors[0].message", containsString("levels deep"))
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"))
                .body("errors[0].message", not(containsString("Exception")))
                .body("data", equalTo(null));
    }

    @Test
    void graphiqlsOwnIntrospectionQueryIsAnsweredDespiteTheDepthLimit() {
        // ofType nested deeply, as GraphiQL asks (15 levels and more: well past the data limit of 12)
        String query = IntrospectionQueryBuilder.build(IntrospectionQueryBuilder.Options.defaultOptions()
                .typeRefFragmentDepth(10).inputValueDeprecation(true).isOneOf(true));
        Map<String, Object> result = GraphQL.post(query).body("errors", equalTo(null)).extract().jsonPath().getMap("data");
        Document sdl = new IntrospectionResultToSchema().createSchemaDefinition(result);
        assertTrue(AstPrinter.printAst(sdl).contains("discrepancies"), "the schema rebuilt from introspection has the worklist");
    }

    @Test
    void introspectionBeyondGoodFaithIsRefusedAsTooComplex() {
        for (String query : List.of("{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }",
                "{ a: __schema { types { name } } b: __schema { types { name } } }")) {
            GraphQL.post(query).body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                    .body("errors[0].message", org.hamcrest.Matchers.containsString("Introspection is limited"));
        }
    }

    @Test
    void theServedSdlIsACompleteValidSchema() {
        String sdl = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
        for (String scalar : List.of("DateTime", "Date", "BigDecimal")) {
            assertTrue(registry.scalars().containsKey(scalar), "the SDL declares the scalar " + scalar);
        }
        assertEquals("FactConnection", ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(
                schema.getQueryType().getFieldDefinition("facts").getType())).getName());
    }

    private static void check(String where, Map<String, Object> element, List<String> undescribed) {
        Object description = element.get("description");
        if (description == null || description.toString().isBlank()) {
            undescribed.add(where);
        }
    }

    private static Object orEmpty(Object list) {
        return list == null ? List.of() : list;
    }
}
