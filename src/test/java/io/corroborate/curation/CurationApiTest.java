package io.corroborate.curation;

import io.corroborate.GraphQL;
import io.corroborate.fact.Claim;
import io.corroborate.source.Source;
import io.corroborate.user.AppUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CurationApiTest {

    private static final AtomicLong RUN = new AtomicLong(System.nanoTime() % 1_000_000);
    static final String ARTICLE = "Ministry confirms figures. On 3 July 2025 officials said at least 150 people attended"
            + " the ceremony in Kabul. \u201cThis is a new chapter,\u201d the minister said.";
    static final String OTHER_ARTICLE = "A rival account. Organisers counted 90 people at the ceremony, held on July 4, 2025.";

    static final String ADD_SOURCE = """
            mutation($input: NewSource!) { addSource(input: $input) { id contentSha256 articleTextAvailable version } }""";
    static final String ADD_CLAIM = """
            mutation($input: NewClaim!) { addClaim(input: $input) { id version valueAsWritten excerpt { exact start end prefix suffix }
                value { ... on QuantityValue { amount unit qualifier } ... on DateValue { earliest latest } }
                fact { comparison { verdict explanation } } } }""";

    String curator;
    String editor;
    String n;

    @BeforeEach
    void signIn() {
        curator = GraphQL.login("curator", "curator");
        editor = GraphQL.login("editor", "editor");
        n = String.valueOf(RUN.incrementAndGet());
    }

    /** A story with a QUANTITY fact and two sources with text, all fresh for one test. */
    Map<String, String> scene() {
        GraphQL.data("mutation($i: NewStory!) { addStory(input: $i) { id } }",
                Map.of("i", Map.of("id", "story-" + n, "title", "A test story")), curator);
        GraphQL.data("mutation($i: NewFact!) { addFact(input: $i) { id } }",
                Map.of("i", Map.of("id", "turnout-" + n, "story", "story-" + n, "kind", "QUANTITY", "question", "How many attended")), curator);
        addSource("ministry-" + n, ARTICLE);
        addSource("rival-" + n, OTHER_ARTICLE);
        return Map.of("story", "story-" + n, "fact", "turnout-" + n, "ministry", "ministry-" + n, "rival", "rival-" + n);
    }

    JsonPath addSource(String id, String text) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", id);
        input.put("headline", "Headline of " + id);
        input.put("language", "en");
        input.put("published", "2025-07-05");
        input.put("text", text);
        return GraphQL.data(ADD_SOURCE, Map.of("input", input), curator);
    }

    JsonPath addClaim(Map<String, Object> input, String token) {
        return GraphQL.data(ADD_CLAIM, Map.of("input", input), token);
    }

    @Test
    void aCuratorAddsASourceWhoseTextIsHashedAndKept() {
        JsonPath source = addSource("fresh-" + n, ARTICLE);
        assertEquals("fresh-" + n, source.getString("addSource.id"));
        assertEquals(ArticleTexts.sha256(ARTICLE.getBytes(java.nio.charset.StandardCharsets.UTF_8)), source.getString("addSource.contentSha256"));
        assertTrue(source.getBoolean("addSource.articleTextAvailable"));
    }

    @Test
    void writesWithoutATokenAreUnauthenticatedAndWriteNothing() {
        GraphQL.post(ADD_SOURCE, Map.of("input", Map.of("id", "anon-" + n, "headline", "x", "language", "en", "text", "x")), null)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("data.addSource", equalTo(null));
        assertTrue(Source.byKey("anon-" + n).isEmpty());
    }

    @Test
    void aUserWithoutTheCuratorRoleIsForbidden() {
        QuarkusTransaction.requiringNew().run(() -> AppUser.create("reader-" + n, "secret-" + n, List.of()));
        String reader = GraphQL.login("reader-" + n, "secret-" + n);
        GraphQL.post("mutation($i: NewStory!) { addStory(input: $i) { id } }",
                        Map.of("i", Map.of("id", "forbidden-" + n, "title", "x")), reader)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].extensions.details.requiredRole", equalTo("curator"));
    }

    @Test
    void aWrongPasswordIsUnauthenticated() {
        GraphQL.post("mutation { login(username: \"curator\", password: \"wrong\") { token } }", Map.of(), null)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", equalTo("Wrong username or password."));
    }

    @Test
    void badInputNamesTheField() {
        GraphQL.post(ADD_SOURCE, Map.of("input", Map.of("id", "Not An Id", "headline", "x", "language", "en", "text", "x")), curator)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.details.field", equalTo("input.id"));
        GraphQL.post(ADD_SOURCE, Map.of("input", Map.of("id", "long-" + n, "headline", "x".repeat(501), "language", "en", "text", "x")), curator)
                .body("errors[0].extensions.details.field", equalTo("headline"));
        assertTrue(Source.byKey("long-" + n).isEmpty());
    }

    @Test
    void aClaimIsLocatedInTheArticleTypedAndTheVerdictFollowsInTheSameResponse() {
        Map<String, String> s = scene();
        JsonPath first = addClaim(Map.of("fact", s.get("fact"), "source", s.get("ministry"), "value", "at least 150 people"), curator);
        assertEquals(s.get("fact") + "/" + s.get("ministry"), first.getString("addClaim.id"));
        int start = ARTICLE.indexOf("at least 150 people");
        assertEquals(start, first.getInt("addClaim.excerpt.start"));
        assertEquals(start + "at least 150 people".length(), first.getInt("addClaim.excerpt.end"));
        assertEquals(ARTICLE.substring(start - 32, start), first.getString("addClaim.excerpt.prefix"));
        assertEquals("AT_LEAST", first.getString("addClaim.value.qualifier"));
        assertEquals("SINGLE_SOURCE", first.getString("addClaim.fact.comparison.verdict"));

        JsonPath second = addClaim(Map.of("fact", s.get("fact"), "source", s.get("rival"), "value", "90 people",
                "excerpt", "Organisers counted 90 people at the ceremony"), curator);
        assertEquals("CONFLICT", second.getString("addClaim.fact.comparison.verdict"));
        assertTrue(second.getString("addClaim.fact.comparison.explanation").contains("\"90 people\""));
    }

    @Test
    void anExcerptNotInTheArticleIsRefusedWithTheClosestPassageAndNothingIsWritten() {
        Map<String, String> s = scene();
        long before = Claim.count();
        GraphQL.post(ADD_CLAIM, Map.of("input", Map.of("fact", s.get("fact"), "source", s.get("ministry"), "value", "150 people",
                        "excerpt", "officials said 150 people attended")), curator)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.details.field", equalTo("excerpt"))
                .body("errors[0].message", containsString("the closest passage is \"officials said at least 150 people"));
        assertEquals(before, Claim.count());
    }

    @Test
    void anUnreadableValueIsRefused() {
        Map<String, String> s = scene();
        GraphQL.post(ADD_CLAIM, Map.of("input", Map.of("fact", s.get("fact"), "source", s.get("ministry"), "value", "Ministry confirms")), curator)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.details.field", equalTo("value"));
    }

    @Test
    void aTypedValueMayBeGivenInsteadOfParsed() {
        Map<String, String> s = scene();
        JsonPath claim = addClaim(Map.of("fact", s.get("fact"), "source", s.get("rival"), "value", "90 people",
                "quantity", Map.of("amount", 90, "unit", "person", "qualifier", "ABOUT")), curator);
        assertEquals("ABOUT", claim.getString("addClaim.value.qualifier"));
    }

    @Test
    void aTypedRangeNeedsItsUpperAmount() {
        Map<String, String> s = scene();
        GraphQL.post(ADD_CLAIM, Map.of("input", Map.of("fact", s.get("fact"), "source", s.get("rival"), "value", "90 people",
                        "quantity", Map.of("amount", 90, "unit", "person", "qualifier", "BETWEEN"))), curator)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.details.field", equalTo("quantity.upperAmount"));
        JsonPath claim = addClaim(Map.of("fact", s.get("fact"), "source", s.get("rival"), "value", "90 people",
                "quantity", Map.of("amount", 90, "unit", "person", "qualifier", "BETWEEN", "upperAmount", 95)), curator);
        assertEquals("BETWEEN", claim.getString("addClaim.value.qualifier"));
    }

    @Test
    void unknownFactsAndSourcesAreNotFound() {
        GraphQL.post(ADD_CLAIM, Map.of("input", Map.of("fact", "no-such-fact", "source", "nysun", "value", "x")), curator)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    static final String EDIT = """
            mutation($id: ID!, $v: Int!, $c: ClaimChanges!) { editClaim(id: $id, version: $v, changes: $c) {
                version valueAsWritten history { action actor } } }""";

    @Test
    void editingCreatesANewVersionAndAStaleVersionIsRefused() {
        Map<String, String> s = scene();
        JsonPath added = addClaim(Map.of("fact", s.get("fact"), "source", s.get("ministry"), "value", "at least 150 people"), curator);
        String id = added.getString("addClaim.id");
        int version = added.getInt("addClaim.version");
        JsonPath edited = GraphQL.data(EDIT, Map.of("id", id, "v", version, "c", Map.of("value", "150 people")), curator);
        assertEquals(version + 1, edited.getInt("editClaim.version"));
        assertEquals(List.of("ADD_CLAIM", "EDIT_CLAIM"), edited.getList("editClaim.history.action"));
        GraphQL.post(EDIT, Map.of("id", id, "v", version, "c", Map.of("value", "at least 150 people")), curator)
                .body("errors[0].extensions.code", equalTo("VERSION_CONFLICT"))
                .body("errors[0].extensions.details.currentVersion", equalTo(version + 1));
        assertEquals("150 people", Claim.<Claim>find("key", id).firstResult().valueAsWritten);
        GraphQL.post(EDIT, Map.of("id", id, "v", version + 1, "c", Map.of()), curator)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.details.field", equalTo("changes"));
        assertEquals(version + 1, Claim.<Claim>find("key", id).firstResult().version, "an edit that changes nothing is no new version");
    }

    static final String UPDATE_SOURCE = """
            mutation($id: ID!, $v: Int!, $c: SourceChanges!) { updateSource(id: $id, version: $v, changes: $c) { outlet headline version } }""";

    @Test
    void updatingASourceNeedsItsVersionAndKeepsItsHeadlineAndLanguage() {
        addSource("update-" + n, ARTICLE);
        GraphQL.post(UPDATE_SOURCE, Map.of("id", "update-" + n, "v", 0, "c", Map.of("outlet", "Wire"))).body("errors[0].extensions.code",
                equalTo("UNAUTHENTICATED"));
        JsonPath updated = GraphQL.data(UPDATE_SOURCE, Map.of("id", "update-" + n, "v", 0, "c", Map.of("outlet", "Wire")), curator);
        assertEquals("Wire", updated.getString("updateSource.outlet"));
        assertEquals(1, updated.getInt("updateSource.version"));
        GraphQL.post(UPDATE_SOURCE, Map.of("id", "update-" + n, "v", 0, "c", Map.of("outlet", "Stale")), curator)
                .body("errors[0].extensions.code", equalTo("VERSION_CONFLICT"));
        for (String field : List.of("headline", "language")) {
            GraphQL.post(UPDATE_SOURCE, Map.of("id", "update-" + n, "v", 1, "c", Map.of(field, "  ")), curator)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].extensions.details.field", equalTo("changes." + field));
        }
        JsonPath after = GraphQL.data("query($id: ID!) { source(id: $id) { outlet headline language version } }",
                Map.of("id", "update-" + n));
        assertEquals("Headline of update-" + n, after.getString("source.headline"));
        assertEquals("en", after.getString("source.language"));
        assertEquals(1, after.getInt("source.version"));
    }

    @Test
    void onlyTheCuratorWhoAddedASourceOrAnEditorChangesIt() {
        addSource("owned-" + n, ARTICLE);
        QuarkusTransaction.requiringNew().run(() -> AppUser.create("second-" + n, "pw-" + n, List.of("curator")));
        String second = GraphQL.login("second-" + n, "pw-" + n);
        for (String source : List.of("owned-" + n, "nysun")) {
            GraphQL.post(UPDATE_SOURCE, Map.of("id", source, "v", 0, "c", Map.of("url", "https://attacker.example/")), second)
                    .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        }
        assertEquals(null, GraphQL.data("{ source(id: \"owned-" + n + "\") { url } }").getString("source.url"), "nothing changed");
        assertEquals(0, GraphQL.data("{ source(id: \"nysun\") { version } }").getInt("source.version"), "a seed source neither");
        String editor = GraphQL.login("editor", "editor");
        assertEquals("Desk", GraphQL.data(UPDATE_SOURCE, Map.of("id", "owned-" + n, "v", 0, "c", Map.of("outlet", "Desk")), editor)
                .getString("updateSource.outlet"));
        assertEquals("Desk 2", GraphQL.data(UPDATE_SOURCE, Map.of("id", "owned-" + n, "v", 1, "c", Map.of("outlet", "Desk 2")), curator)
                .getString("updateSource.outlet"), "the curator who added it still may");
    }

    @Test
    void onlyEditorsChangeOtherCuratorsClaims() {
        Map<String, String> s = scene();
        QuarkusTransaction.requiringNew().run(() -> AppUser.create("other-" + n, "pw-" + n, List.of("curator")));
        String other = GraphQL.login("other-" + n, "pw-" + n);
        JsonPath added = addClaim(Map.of("fact", s.get("fact"), "source", s.get("ministry"), "value", "at least 150 people"), curator);
        Map<String, Object> edit = Map.of("id", added.getString("addClaim.id"), "v", added.getInt("addClaim.version"),
                "c", Map.of("note", "checked"));
        GraphQL.post(EDIT, edit, other).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        assertEquals(List.of("ADD_CLAIM", "EDIT_CLAIM"), GraphQL.data(EDIT, edit, editor).getList("editClaim.history.action"));
    }

    @Test
    void aRetractedClaimStaysOnRecordButNoLongerCounts() {
        Map<String, String> s = scene();
        addClaim(Map.of("fact", s.get("fact"), "source", s.get("ministry"), "value", "at least 150 people"), curator);
        JsonPath rival = addClaim(Map.of("fact", s.get("fact"), "source", s.get("rival"), "value", "90 people"), curator);
        String retract = """
                mutation($id: ID!, $v: Int!, $r: String!) { retractClaim(id: $id, version: $v, reason: $r) {
                    retraction { by reason } fact { claims { id } retractedClaims { id } comparison { verdict } } history { action } } }""";
        GraphQL.post(retract, Map.of("id", rival.getString("addClaim.id"), "v", rival.getInt("addClaim.version"), "r", " "), curator)
                .body("errors[0].extensions.details.field", equalTo("reason"));
        JsonPath done = GraphQL.data(retract, Map.of("id", rival.getString("addClaim.id"), "v", rival.getInt("addClaim.version"),
                "r", "The rival count was for a different day."), curator);
        assertEquals("curator", done.getString("retractClaim.retraction.by"));
        assertEquals(List.of(rival.getString("addClaim.id")), done.getList("retractClaim.fact.retractedClaims.id"));
        assertEquals(1, done.getList("retractClaim.fact.claims").size());
        assertEquals("SINGLE_SOURCE", done.getString("retractClaim.fact.comparison.verdict"));
        assertEquals(List.of("ADD_CLAIM", "RETRACT_CLAIM"), done.getList("retractClaim.history.action"));
    }

    @Test
    void mergingFactsMovesClaimsAndKeepsTheDuplicateOnRecord() {
        Map<String, String> s = scene();
        GraphQL.data("mutation($i: NewFact!) { addFact(input: $i) { id } }",
                Map.of("i", Map.of("id", "attendance-" + n, "story", s.get("story"), "kind", "QUANTITY", "question", "Attendance")), curator);
        addClaim(Map.of("fact", "attendance-" + n, "source", s.get("rival"), "value", "90 people"), curator);
        addClaim(Map.of("fact", s.get("fact"), "source", s.get("ministry"), "value", "at least 150 people"), curator);
        String merge = "mutation($f: ID!, $i: ID!) { mergeFacts(from: $f, into: $i) { id claims { source { id } } comparison { verdict } } }";
        Map<String, Object> args = Map.of("f", "attendance-" + n, "i", s.get("fact"));
        GraphQL.post(merge, args, curator).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        JsonPath merged = GraphQL.data(merge, args, editor);
        assertEquals(List.of(s.get("rival"), s.get("ministry")), merged.getList("mergeFacts.claims.source.id"), "claims in the order they were added");
        assertEquals("CONFLICT", merged.getString("mergeFacts.comparison.verdict"));
        JsonPath duplicate = GraphQL.data("query($id: ID!) { fact(id: $id) { mergedInto { id } claims { id } history { action } } }",
                Map.of("id", "attendance-" + n));
        assertEquals(s.get("fact"), duplicate.getString("fact.mergedInto.id"));
        assertTrue(duplicate.getList("fact.history.action").contains("MERGE_FACTS"));
        List<String> listed = GraphQL.data("query($s: ID) { facts(story: $s) { edges { node { id } } } }", Map.of("s", s.get("story")))
                .getList("facts.edges.node.id");
        assertEquals(List.of(s.get("fact")), listed);
    }

    @Test
    void mergingEntitiesKeepsEveryNameAsAnAlias() {
        String add = "mutation($i: NewEntity!) { addEntity(input: $i) { id } }";
        GraphQL.data(add, Map.of("i", Map.of("id", "gul-hassan-" + n, "kind", "PERSON", "name", "Gul Hassan")), curator);
        GraphQL.data(add, Map.of("i", Map.of("id", "gul-hassan-hassan-" + n, "kind", "PERSON", "name", "Gul Hassan Hassan",
                "aliases", List.of("G. H. Hassan"))), curator);
        JsonPath merged = GraphQL.data("mutation($f: ID!, $i: ID!) { mergeEntities(from: $f, into: $i) { id aliases } }",
                Map.of("f", "gul-hassan-hassan-" + n, "i", "gul-hassan-" + n), editor);
        assertEquals(List.of("Gul Hassan Hassan", "G. H. Hassan"), merged.getList("mergeEntities.aliases"));
        assertEquals("gul-hassan-" + n, GraphQL.data("query($id: ID!) { entity(id: $id) { mergedInto { id } } }",
                Map.of("id", "gul-hassan-hassan-" + n)).getString("entity.mergedInto.id"));
    }

    @Test
    void entitiesOfOneKindMergeWithTheirRelationsAndRepeatedAliasesAreKeptOnce() {
        String add = "mutation($i: NewEntity!) { addEntity(input: $i) { id aliases } }";
        assertEquals(List.of("Spokesman"), GraphQL.data(add, Map.of("i", Map.of("id", "spokesman-" + n, "kind", "PERSON", "name", "A spokesman",
                "aliases", List.of("Spokesman", "Spokesman", "A spokesman"))), curator).getList("addEntity.aliases"));
        GraphQL.data(add, Map.of("i", Map.of("id", "speaker-" + n, "kind", "PERSON", "name", "The speaker")), curator);
        GraphQL.data(add, Map.of("i", Map.of("id", "office-" + n, "kind", "ORGANIZATION", "name", "The office")), curator);
        String relate = "mutation($i: NewRelation!) { addRelation(input: $i) { kind } }";
        for (List<String> relation : List.of(List.of("spokesman-" + n, "SPEAKS_FOR", "office-" + n),
                List.of("speaker-" + n, "SPEAKS_FOR", "office-" + n), List.of("speaker-" + n, "MEMBER_OF", "spokesman-" + n))) {
            GraphQL.data(relate, Map.of("i", Map.of("subject", relation.get(0), "kind", relation.get(1), "object", relation.get(2))), curator);
        }
        String merge = "mutation($f: ID!, $i: ID!) { mergeEntities(from: $f, into: $i) { id } }";
        GraphQL.post(merge, Map.of("f", "office-" + n, "i", "spokesman-" + n), editor)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.details.field", equalTo("into"));
        GraphQL.data(merge, Map.of("f", "speaker-" + n, "i", "spokesman-" + n), editor);
        List<Map<String, Object>> relations = GraphQL.data("query($id: ID!) { entity(id: $id) { relations { kind subject { id } object { id } } } }",
                Map.of("id", "spokesman-" + n)).getList("entity.relations");
        assertEquals(List.of(Map.of("kind", "SPEAKS_FOR", "subject", Map.of("id", "spokesman-" + n), "object", Map.of("id", "office-" + n))),
                relations, "one SPEAKS_FOR left, and no relation of the entity to itself");
    }

    @Test
    void theRecentChangesFeedShowsTheNewestFirst() {
        addSource("feed-" + n, ARTICLE);
        JsonPath feed = GraphQL.data("{ recentChanges(first: 5) { changes { action actor targetId after } pageInfo { hasNextPage } } }");
        assertEquals("ADD_SOURCE", feed.getString("recentChanges.changes[0].action"));
        assertEquals("feed-" + n, feed.getString("recentChanges.changes[0].targetId"));
        assertEquals("curator", feed.getString("recentChanges.changes[0].actor"));
        assertTrue(feed.getString("recentChanges.changes[0].after").contains("\"contentSha256\""));
    }
}
