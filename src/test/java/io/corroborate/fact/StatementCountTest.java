package io.corroborate.fact;

import io.corroborate.GraphQL;
import io.corroborate.compare.Comparisons;
import io.corroborate.entity.EntityKind;
import io.corroborate.entity.NamedEntity;
import io.corroborate.source.Source;
import io.corroborate.story.Story;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import java.time.Instant;
import java.util.List;
import io.corroborate.LargeAnswers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SQL statements a request sends depend on the query's shape, not on how many facts a page holds: a page of
 * 10 and a page of 100 facts with their claims, sources, typed values, speakers and verdicts send the same number.
 */
@QuarkusTest
@TestProfile(LargeAnswers.class)
class StatementCountTest {

    private static final String STORY = "statement-count";
    private static final int FACTS = 110;
    private static final String PAGE = """
            query($n: Int) { facts(story: "statement-count", first: $n) { edges { node {
                id question comparisonPending comparison { verdict explanation }
                claims { id valueAsWritten excerpt { exact } source { id outlet }
                  value { ... on QuoteValue { text speaker { name relations { kind object { name } } } }
                          ... on DateValue { earliest precision } ... on QuantityValue { amount unit } } } } } } }""";

    @Inject
    EntityManagerFactory persistence;

    /** The consensus job's statements would count too: Hibernate's statistics are global. */
    @Inject
    Scheduler scheduler;

    @BeforeEach
    void pauseBackgroundJobs() {
        scheduler.pause();
    }

    @AfterEach
    void resumeBackgroundJobs() {
        scheduler.resume();
    }

    @BeforeAll
    static void aStoryOfMixedFacts() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Story.byKey(STORY).isPresent()) {
                return;
            }
            Story story = new Story();
            story.key = STORY;
            story.title = "Statement count";
            story.persist();
            List<Source> sources = List.of(source("statement-count-a", "Outlet A"), source("statement-count-b", "Outlet B"));
            NamedEntity speaker = new NamedEntity();
            speaker.key = "statement-count-speaker";
            speaker.kind = EntityKind.PERSON;
            speaker.name = "A Speaker";
            speaker.persist();
            FactKind[] kinds = {FactKind.DATE, FactKind.QUANTITY, FactKind.QUOTE};
            String[][] values = {{"3 July 2025", "July 2025"}, {"about 40 people", "52 people"}, {"we welcome it", "we welcome"}};
            for (int i = 0; i < FACTS; i++) {
                Fact fact = new Fact();
                fact.key = STORY + "-" + i;
                fact.storyId = story.id;
                fact.kind = kinds[i % 3];
                fact.question = "Question " + i;
                fact.persist();
                for (int s = 0; s < 2; s++) {
                    Claim claim = new Claim();
                    claim.key = fact.key + "/" + s;
                    claim.factId = fact.id;
                    claim.kind = fact.kind;
                    claim.sourceId = sources.get(s).id;
                    claim.valueAsWritten = values[i % 3][s];
                    claim.setValue(ValueReading.read(fact.kind, claim.valueAsWritten, null, fact.kind == FactKind.QUOTE ? speaker.id : null));
                    claim.curatedBy = "test";
                    claim.curatedAt = Instant.now();
                    claim.persist();
                }
            }
        });
        Comparisons.settle();
    }

    private static Source source(String key, String outlet) {
        Source source = new Source();
        source.key = key;
        source.headline = outlet + " reports";
        source.outlet = outlet;
        source.language = "en";
        source.contentSha256 = "0".repeat(64);
        source.persist();
        return source;
    }

    /** Statements one request sends; the least of three runs, so that a background job's statements do not count. */
    private long statements(int pageSize) {
        Statistics statistics = persistence.unwrap(SessionFactory.class).getStatistics();
        assertEquals(pageSize, GraphQL.data(PAGE, Map.of("n", pageSize)).getList("facts.edges").size());
        long least = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            statistics.clear();
            GraphQL.data(PAGE, Map.of("n", pageSize));
            least = Math.min(least, statistics.getPrepareStatementCount());
        }
        return least;
    }

    @Test
    void aPageOf100FactsSendsAsManyStatementsAsAPageOf10() {
        long ten = statements(10);
        long hundred = statements(100);
        assertTrue(ten > 0, "the statistics count statements");
        assertEquals(ten, hundred, "statements for a page of 10 and of 100 facts");
    }
}
