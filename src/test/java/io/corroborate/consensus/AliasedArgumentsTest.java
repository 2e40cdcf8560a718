package io.corroborate.consensus;

import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
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

    @Inject
    ConsensusRefresh refresh;

    @BeforeEach
    void refreshChangedStories() {
        refresh.refreshIfStale();
    }

    private static List<Map<String, Object>> rows(String list, String selection) {
        return GraphQL.data("{ story(id: \"" + STORY + "\") { " + list + " { id " + selection + " } } }").getList("story." + list);
    }

    /** The field asked for with both strategies under two aliases, in both orders, answers as asked alone. */
    private static void eachAliasAnswersAsAlone(String list, String field, String fields) {
        List<Object> accu = column(rows(list, "x: " + field + fields), "x");
        List<Object> majority = column(rows(list, "x: " + field + "(strategy: MAJORITY)" + fields), "x");
        assertNotEquals(accu, majority, "the two strategies differ somewhere on the seed story");
        for (String both : List.of("a: " + field + fields + " m: " + field + "(strategy: MAJORITY)" + fields,
                "m: " + field + "(strategy: MAJORITY)" + fields + " a: " + field + "(strategy: ACCU)" + fields)) {
            List<Map<String, Object>> answer = rows(list, both);
            assertEquals(accu, column(answer, "a"), both);
            assertEquals(majority, column(answer, "m"), both);
        }
    }

    @Test
    void consensusAliasedWithBothStrategies() {
        eachAliasAnswersAsAlone("facts", "consensus", "{ strategy values confidence }");
    }

    @Test
    void reliabilityAliasedWithBothStrategies() {
        eachAliasAnswersAsAlone("sources", "reliability", "{ strategy score facts }");
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
            if (name.startsWith("__") || name.equals("Query") || name.equals("Mutation") || name.equals("Subscription")
                    || type.get("fields") == null) {
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
