package io.corroborate.fact;

import io.corroborate.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SQL statements a request sends depend on the query's shape, not on how many facts a page holds (one per level). */
@QuarkusTest
class StatementCountTest {

    private static final String PAGE = """
            query($n: Int) { facts(story: "russia-recognizes-taliban-2025", kind: QUOTE, first: $n) { edges { node {
                id question comparison { verdict explanation }
                claims { id valueAsWritten excerpt { exact } source { id outlet }
                  value { ... on QuoteValue { text speaker { name relations { kind object { name } } } } } } } } } }""";

    @Inject
    EntityManagerFactory persistence;

    /** Statements one request sends; the least of three runs, so that a background job's statements do not count. */
    private long statements(int pageSize) {
        Statistics statistics = persistence.unwrap(SessionFactory.class).getStatistics();
        GraphQL.data(PAGE, Map.of("n", pageSize));
        long least = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            statistics.clear();
            GraphQL.data(PAGE, Map.of("n", pageSize));
            least = Math.min(least, statistics.getPrepareStatementCount());
        }
        return least;
    }

    @Test
    void aPageOf15QuotesSendsAsManyStatementsAsAPageOf2() {
        long two = statements(2);
        long fifteen = statements(15);
        assertTrue(two > 0, "the statistics count statements");
        assertEquals(two, fifteen, "statements for a page of 2 and of 15 facts");
    }
}
