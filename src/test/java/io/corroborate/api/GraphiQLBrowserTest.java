package io.corroborate.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GraphiQL in a real browser (Debian's Chromium at /usr/bin/chromium): a first visit opens on the discrepancy
 * worklist with the README's examples, the Docs pane shows the schema, and running the query shows a known conflict.
 */
@QuarkusTest
class GraphiQLBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String QUERY_EDITOR = ".graphiql-query-editor .CodeMirror";
    private static final String RESPONSE = ".graphiql-response .CodeMirror";

    @TestHTTPResource("/graphiql")
    URL graphiql;

    @Test
    void opensOnTheWorklistShowsTheSchemaAndRunsIt() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), "the test needs Debian's chromium at " + CHROMIUM + " (.ci/run installs it)");
        List<GraphiQLExamplesTest.Example> examples = GraphiQLExamplesTest.examples();
        List<String> errors = new ArrayList<>();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                     .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(CHROMIUM)
                     .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                             "--disable-background-networking")));
             // a fresh context: empty localStorage, as on a first visit
             BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            Page page = context.newPage();
            page.onPageError(errors::add);
            page.navigate(graphiql.toString());

            // the worklist is the active tab, and the Examples pane lists the README's examples by name
            page.locator(QUERY_EDITOR).waitFor();
            assertEquals(examples.get(0).query(), editorText(page, QUERY_EDITOR));
            assertThat(page.locator(".graphiql-tab")).hasCount(examples.size());
            Locator pane = page.locator(".graphiql-plugin");
            for (GraphiQLExamplesTest.Example example : examples) {
                assertThat(pane.getByText(example.name(), new Locator.GetByTextOptions().setExact(true))).isVisible();
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/graphiql-first-visit.png")));

            // the Docs pane shows the schema, down to the Query type's fields
            page.getByLabel("Show Documentation Explorer").click();
            Locator docs = page.locator(".graphiql-doc-explorer");
            docs.getByText("Query", new Locator.GetByTextOptions().setExact(true)).click();
            assertThat(docs.locator(".graphiql-doc-explorer-title")).hasText("Query");
            assertThat(docs.locator(".graphiql-doc-explorer-field-name",
                    new Locator.LocatorOptions().setHasText("discrepancies"))).isVisible();

            // run it: the first discrepancy is Muttaqi's words, misattributed by one source
            page.locator(".graphiql-execute-button").click();
            assertThat(page.locator(RESPONSE)).containsText("Muttaqi's words on Russia's decision");
            page.waitForFunction("selector => document.querySelector(selector).CodeMirror.getValue().includes('\"data\"')",
                    RESPONSE);
            JsonNode muttaqi = null;
            for (JsonNode edge : new ObjectMapper().readTree(editorText(page, RESPONSE)).at("/data/discrepancies/edges")) {
                if (edge.at("/node/question").asText().equals("Muttaqi's words on Russia's decision")) {
                    muttaqi = edge.get("node");
                }
            }
            assertNotNull(muttaqi, "the worklist lists Muttaqi's words");
            assertTrue(muttaqi.at("/comparison/conflicts").findValuesAsText("kind").contains("ATTRIBUTION"),
                    "a misattribution of Muttaqi's words: " + muttaqi);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/graphiql.png")));

            // an example opens in its tab; once that tab is closed, in a new one
            GraphiQLExamplesTest.Example mujahid = examples.get(3);
            page.getByLabel("Show Examples").click();
            pane.getByText(mujahid.name()).click();
            page.waitForFunction("([selector, query]) => document.querySelector(selector).CodeMirror.getValue() === query",
                    List.of(QUERY_EDITOR, mujahid.query()));
            page.locator(".graphiql-tab-active .graphiql-tab-close").click();
            assertThat(page.locator(".graphiql-tab")).hasCount(examples.size() - 1);
            pane.getByText(mujahid.name()).click();
            assertThat(page.locator(".graphiql-tab")).hasCount(examples.size());
            page.waitForFunction("([selector, query]) => document.querySelector(selector).CodeMirror.getValue() === query",
                    List.of(QUERY_EDITOR, mujahid.query()));
        }
        assertEquals(List.of(), errors, "errors in the page");
    }

    /** The whole text of a CodeMirror editor (the page renders only its visible lines). */
    private static String editorText(Page page, String selector) {
        return (String) page.evaluate("selector => document.querySelector(selector).CodeMirror.getValue()", selector);
    }
}
