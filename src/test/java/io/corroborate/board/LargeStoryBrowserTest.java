package io.corroborate.board;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.corroborate.GraphQL;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A story too large for one query under the server's cost limit: the board loads its facts page by page instead.
 * (The limit is lowered below what the seed story's one query costs, about 7,400 values.)
 */
@QuarkusTest
@TestProfile(LargeStoryBrowserTest.LowCostLimit.class)
class LargeStoryBrowserTest {

    public static class LowCostLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("corroborate.graphql.max-cost", "3000");
        }
    }

    @TestHTTPResource("/board/")
    URL board;

    @Test
    void loadsTheStorysFactsInPagesWhenOneQueryWouldCostTooMuch() {
        GraphQL.post("""
                query($id: ID!) { story(id: $id) { facts { id question kind claims { id valueAsWritten source { id }
                  excerpt { exact start end } } comparison { verdict explanation severity groups { values claims { id } }
                  conflicts { kind explanation left { id } right { id } } } } } }""",
                Map.of("id", "russia-recognizes-taliban-2025")).body("errors[0].extensions.code", equalTo("QUERY_TOO_LARGE"));
        List<String> errors = new ArrayList<>();
        try (Chromium chromium = new Chromium(); BrowserContext context = chromium.context(1440, 900, errors)) {
            Page page = Chromium.openBoard(context, board + "#story=russia-recognizes-taliban-2025");
            assertThat(page.locator("#grid-body tr")).hasCount(73);
            assertThat(page.locator("#grid-body tr[data-fact=\"muttaqi-on-recognition\"]")).hasAttribute("data-verdict", "CONFLICT");
            assertThat(page.locator("#status")).isEmpty();
        }
        // the refused queries (HTTP 400, QUERY_TOO_LARGE) are the only errors the browser reports
        assertEquals(List.of(), errors.stream().filter(e -> !e.contains("status of 400")).toList(), "errors in the page");
        assertTrue(errors.size() >= 2, "the story's one query and at least one page of 100 facts were refused: " + errors);
    }
}
