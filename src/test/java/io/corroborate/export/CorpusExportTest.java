package io.corroborate.export;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.GraphQL;
import io.corroborate.curation.CorpusLoader;
import io.corroborate.curation.CuratedCorpus;
import io.corroborate.curation.LoadReport;
import io.corroborate.story.Story;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A story exported in the curated corpus format imports back unchanged: the loader takes the file (its whole-file
 * checks pass and every excerpt matches its article) and loading it yields the same story. Each load goes under
 * renamed story, fact and claim ids, inside a transaction that is rolled back, so that the other tests never see it.
 */
@QuarkusTest
class CorpusExportTest {

    private static final String STORY = "russia-recognizes-taliban-2025";
    private static final String SEED = "db/corpus/russia-recognizes-taliban-2025.json";
    private static final String COPY = "round-trip-";

    @Inject
    CorpusLoader loader;

    @Inject
    CorpusExport export;

    @Inject
    ObjectMapper json;

    @Test
    void theSeedFileLoadsAndExportsAsTheSameStory() throws Exception {
        CuratedCorpus seed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SEED)) {
            seed = parse(in.readAllBytes());
        }
        assertSame(seed, roundTrip(seed));
    }

    @Test
    void anExportedStoryLoadsBackAsTheSameStory() throws Exception {
        byte[] file = download(STORY);
        assertArrayEquals(file, download(STORY), "the same story exports to the same bytes");
        CuratedCorpus exported = parse(file);
        assertEquals(GraphQL.data("{ story(id: \"%s\") { facts { id } } }".formatted(STORY)).getList("story.facts").size(),
                exported.facts().size());
        assertSame(exported, roundTrip(exported));
    }

    @Test
    void aStoryCreatedThroughTheApiRoundTrips() throws Exception {
        String story = "export-api-" + System.nanoTime();
        CuratedCorpus seed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SEED)) {
            seed = parse(in.readAllBytes());
        }
        String curator = GraphQL.login("curator", "curator");
        GraphQL.data("mutation($i: NewStory!) { addStory(input: $i) { id } }", Map.of("i", Map.of("id", story, "title", "Exported")), curator);
        for (String id : List.of("recognition-announcement-date", "muttaqi-on-recognition")) {
            CuratedCorpus.Fact fact = seed.facts().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
            GraphQL.data("mutation($i: NewFact!) { addFact(input: $i) { id } }", Map.of("i", Map.of("id", story + "-" + id,
                    "story", story, "kind", fact.kind().name(), "question", fact.question(), "entities", fact.entities())), curator);
            for (CuratedCorpus.Claim claim : fact.claims()) {
                Map<String, Object> input = new java.util.HashMap<>(Map.of("fact", story + "-" + id, "source", claim.source(),
                        "value", claim.value(), "excerpt", claim.excerpt().exact(), "near", claim.excerpt().start()));
                if (claim.speaker() != null) {
                    input.put("speaker", claim.speaker());
                }
                if (claim.interpretedAs() != null) {
                    input.put("interpretedAs", claim.interpretedAs());
                }
                GraphQL.data("mutation($i: NewClaim!) { addClaim(input: $i) { id } }", Map.of("i", input), curator);
            }
        }
        CuratedCorpus exported = parse(download(story));
        assertEquals(2, exported.facts().size());
        assertTrue(exported.facts().stream().allMatch(f -> !f.claims().isEmpty()));
        assertSame(exported, roundTrip(exported));
    }

    @Test
    void anUnknownStoryIsNotFound() {
        given().get("/stories/no-such-story/corpus.json").then().statusCode(404).body(containsString("no-such-story"));
    }

    private static byte[] download(String story) {
        Response response = given().get("/stories/" + story + "/corpus.json");
        response.then().statusCode(200).contentType(containsString("application/json"))
                .header("Content-Disposition", containsString(story + ".json"));
        return response.asByteArray();
    }

    private CuratedCorpus parse(byte[] bytes) throws Exception {
        return json.readerFor(CuratedCorpus.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(bytes);
    }

    /**
     * Loads the corpus under renamed ids (its sources and entities are already stored, and are kept) and exports the
     * story it made, with the ids named back; all in a transaction rolled back at the end.
     */
    private CuratedCorpus roundTrip(CuratedCorpus corpus) throws Exception {
        CuratedCorpus copy = renamed(corpus, id -> COPY + id);
        QuarkusTransaction.begin();
        try {
            LoadReport report = loader.load("round-trip/" + corpus.story().id() + ".json", json.writeValueAsBytes(copy));
            int claims = corpus.facts().stream().mapToInt(f -> f.claims().size()).sum();
            assertEquals(1 + corpus.facts().size() + claims, report.inserted(), "the story, its facts and claims are new: " + report);
            return renamed(export.corpus(Story.byKey(COPY + corpus.story().id()).orElseThrow()), id -> id.substring(COPY.length()));
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private static CuratedCorpus renamed(CuratedCorpus corpus, UnaryOperator<String> name) {
        var story = corpus.story();
        List<CuratedCorpus.Fact> facts = new ArrayList<>();
        for (CuratedCorpus.Fact f : corpus.facts()) {
            facts.add(new CuratedCorpus.Fact(name.apply(f.id()), f.kind(), f.question(), f.entities(), f.claims().stream()
                    .map(c -> new CuratedCorpus.Claim(c.id() == null ? null : name.apply(c.id()), c.source(), c.value(), c.interpretedAs(),
                            c.speaker(), c.entity(), c.note(), c.excerpt(), c.curator(), c.curatedAt())).toList()));
        }
        return new CuratedCorpus(corpus.curator(), corpus.curatedAt(), new CuratedCorpus.Story(name.apply(story.id()), story.title(),
                story.summary()), corpus.sources(), corpus.entities(), corpus.relations(), facts);
    }

    /** Field by field, up to what the format leaves open: the order of a fact's entities, absent and empty lists or context. */
    private static void assertSame(CuratedCorpus expected, CuratedCorpus actual) {
        CuratedCorpus a = normal(expected);
        CuratedCorpus b = normal(actual);
        assertEquals(a.story(), b.story());
        assertEquals(a.sources(), b.sources());
        assertEquals(a.entities(), b.entities());
        assertEquals(a.relationsOrNone(), b.relationsOrNone());
        assertEquals(a.facts().size(), b.facts().size());
        for (int i = 0; i < a.facts().size(); i++) {
            assertEquals(a.facts().get(i), b.facts().get(i));
        }
    }

    /** Each claim with its curator and time spelled out, a fact's entities sorted, absent aliases and context as empty. */
    private static CuratedCorpus normal(CuratedCorpus corpus) {
        List<CuratedCorpus.Fact> facts = corpus.facts().stream().map(f -> new CuratedCorpus.Fact(f.id(), f.kind(), f.question(),
                f.entities() == null ? List.of() : f.entities().stream().sorted().toList(), f.claims().stream().map(c -> {
                    var e = c.excerpt();
                    return new CuratedCorpus.Claim(c.idIn(f), c.source(), c.value(), c.interpretedAs(), c.speaker(), c.entity(), c.note(),
                            new CuratedCorpus.Excerpt(e.exact(), e.start(), e.end(), e.prefix() == null ? "" : e.prefix(), e.suffix() == null ? "" : e.suffix()),
                            c.curator() != null ? c.curator() : corpus.curator(), c.curatedAt() != null ? c.curatedAt() : corpus.curatedAt());
                }).toList())).toList();
        List<CuratedCorpus.Entity> entities = corpus.entities().stream().map(e -> new CuratedCorpus.Entity(e.id(), e.kind(), e.name(),
                e.description(), e.aliases() == null ? List.of() : e.aliases())).toList();
        return new CuratedCorpus(null, null, corpus.story(), corpus.sources(), entities, corpus.relationsOrNone(), facts);
    }
}
