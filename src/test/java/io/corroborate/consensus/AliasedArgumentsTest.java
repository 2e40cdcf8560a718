package io.corroborate.consensus;

import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Every batched field that takes arguments answers each alias with its own arguments, in one request,
 * whichever alias comes first: the same as asking for each alone.
 */
@QuarkusTest
class AliasedArgumentsTest {

    private static final String STORY = "russia-recognizes-taliban-2025";

    private static List<Map<String, Object>> facts(String selection) {
        return GraphQL.data("{ story(id: \"" + STORY + "\") { facts { id " + selection + " } } }").getList("story.facts");
    }

    private static List<Map<String, Object>> sources(String selection) {
        return GraphQL.data("{ story(id: \"" + STORY + "\") { sources { id " + selection + " } } }").getList("story.sources");
    }

    @Test
    void consensusAliasedWithBothStrategies() {
        String fields = "{ strategy values confidence }";
        List<Map<String, Object>> accu = facts("c: consensus" + fields);
        List<Map<String, Object>> majority = facts("c: consensus(strategy: MAJORITY)" + fields);
        assertNotEquals(column(accu, "c"), column(majority, "c"), "the two strategies differ somewhere on the seed story");
        for (String order : List.of("a: consensus" + fields + " m: consensus(strategy: MAJORITY)" + fields,
                "m: consensus(strategy: MAJORITY)" + fields + " a: consensus(strategy: ACCU)" + fields)) {
            List<Map<String, Object>> both = facts(order);
            assertEquals(column(accu, "c"), column(both, "a"), order);
            assertEquals(column(majority, "c"), column(both, "m"), order);
        }
    }

    @Test
    void reliabilityAliasedWithBothStrategies() {
        String fields = "{ strategy score facts }";
        List<Map<String, Object>> accu = sources("r: reliability" + fields);
        List<Map<String, Object>> majority = sources("r: reliability(strategy: MAJORITY)" + fields);
        assertNotEquals(column(accu, "r"), column(majority, "r"));
        for (String order : List.of("a: reliability" + fields + " m: reliability(strategy: MAJORITY)" + fields,
                "m: reliability(strategy: MAJORITY)" + fields + " a: reliability" + fields)) {
            List<Map<String, Object>> both = sources(order);
            assertEquals(column(accu, "r"), column(both, "a"), order);
            assertEquals(column(majority, "r"), column(both, "m"), order);
        }
    }

    @Test
    void theReadmeConsensusExampleGivesMajorityFiguresUnderItsAlias() {
        JsonPath answer = GraphQL.data("""
                { story(id: "%s") { facts { consensus { confidence } majority: consensus(strategy: MAJORITY) { strategy confidence } } } }"""
                .formatted(STORY));
        assertEquals(List.of("MAJORITY"), answer.getList("story.facts.majority.strategy").stream().distinct().toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTestsAboveCoverEveryChildFieldWithArguments() {
        List<Map<String, Object>> types = GraphQL.data("{ __schema { types { name fields { name args { name } } } } }").getList("__schema.types");
        List<String> withArguments = new java.util.ArrayList<>();
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || name.equals("Query") || name.equals("Mutation") || type.get("fields") == null) {
                continue;
            }
            for (Map<String, Object> field : (List<Map<String, Object>>) type.get("fields")) {
                if (!((List<?>) field.get("args")).isEmpty()) {
                    withArguments.add(name + "." + field.get("name"));
                }
            }
        }
        assertEquals(List.of("Fact.consensus", "Source.reliability"), withArguments.stream().sorted().toList(),
                "a new child field with arguments needs its aliased-arguments test here");
    }

    private static List<Object> column(List<Map<String, Object>> rows, String key) {
        return rows.stream().map(r -> r.get(key)).toList();
    }
}
