package io.corroborate.board;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.corroborate.GraphQL;
import io.corroborate.compare.Comparisons;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The discrepancy board in a real browser (Debian's Chromium): the seed story's conflicts in conflict colour, an
 * excerpt highlighted in its article, a date fact's timeline, two sources compared, a curator's review, keyboard use,
 * deep links and an accessibility check, on a laptop and a phone.
 */
@QuarkusTest
class BoardBrowserTest {

    private static final String STORY = "russia-recognizes-taliban-2025";
    private static final String MUTTAQI = "muttaqi-on-recognition";
    private static final String CONFLICT_BACKGROUND = "rgb(253, 236, 235)";

    private static Chromium chromium;
    private BrowserContext context;
    private final List<String> errors = new ArrayList<>();

    @TestHTTPResource("/board/")
    URL board;

    @BeforeAll
    static void launch() {
        chromium = new Chromium();
    }

    @AfterAll
    static void close() {
        chromium.close();
    }

    @AfterEach
    void noErrors() {
        context.close();
        assertEquals(List.of(), errors, "errors in the page");
    }

    private Page open(int width, int height, String hash) {
        context = chromium.context(width, height, errors);
        return Chromium.openBoard(context, board + hash);
    }

    private static Locator row(Page page, String fact) {
        return page.locator("#grid-body tr[data-fact=\"" + fact + "\"]");
    }

    @Test
    void showsTheSeedStorysConflictsFirstAndAnExcerptInItsArticle() {
        // with several stories the board first asks to pick one, and the request goes once a story is shown
        GraphQL.data("mutation($i: NewStory!) { addStory(input: $i) { id } }", Map.of("i", Map.of("id", "board-pick-" + System.nanoTime(),
                "title", "Another story")), GraphQL.login("curator", "curator"));
        Page page = open(1440, 900, "");
        assertThat(page.locator("#status")).hasText("Pick a story to see its facts.");
        page.selectOption("#story", STORY);
        Locator muttaqi = row(page, MUTTAQI);
        assertThat(page.locator("#status")).not().hasText("Pick a story to see its facts.");
        assertThat(muttaqi).hasAttribute("data-verdict", "CONFLICT");
        assertEquals(CONFLICT_BACKGROUND, muttaqi.evaluate("row => getComputedStyle(row).backgroundColor"));
        assertThat(muttaqi.locator(".chip.verdict")).hasText("Conflict");
        Object firstFour = page.locator("#grid-body tr").evaluateAll("rows => rows.slice(0, 4).map(r => r.dataset.verdict)");
        assertEquals(List.of("CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT"), firstFour, "the 4 genuine conflicts come first");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/board-laptop.png")));

        JsonPath claim = GraphQL.data("{ fact(id: \"" + MUTTAQI + "\") { claims { id excerpt { exact } } } }");
        String claimId = claim.getString("fact.claims[0].id");
        muttaqi.locator("button[data-claim=\"" + claimId + "\"]").click();
        assertThat(page.locator("#detail-title")).hasText("Muttaqi's words on Russia's decision");
        assertThat(page.locator("#article mark")).hasText(claim.getString("fact.claims[0].excerpt.exact"));
        assertThat(page.locator("#history li").first()).isVisible();
        assertTrue(page.url().endsWith("#story=" + STORY + "&fact=" + MUTTAQI + "&claim=" + claimId.replace("/", "%2F")), page.url());
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/board-excerpt.png")));

        page.keyboard().press("Escape");
        assertThat(page.locator("#detail")).isHidden();
        page.goBack();
        assertThat(page.locator("#detail-title")).hasText("Muttaqi's words on Russia's decision");
    }

    @Test
    void isServedWithItsOwnContentSecurityPolicyAndLinkedFromTheRoot() {
        given().get("/board/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("connect-src 'self'"));
        given().get("/").then().statusCode(200).body(containsString("href=\"/board/\""));
        context = chromium.context(800, 600, errors);
    }

    @Test
    void drawsADateFactsClaimsOnATimeline() {
        Page page = open(1440, 900, "#story=" + STORY + "&fact=recognition-announcement-date");
        Locator bars = page.locator("#picture svg .bar");
        assertThat(bars).hasCount(3);
        double month = width(page, "[data-precision=MONTH]");
        double day = width(page, "[data-precision=DAY]");
        assertTrue(month > 5 * day, "\"earlier this month\" is wider than \"July 3\": " + month + " vs " + day);
        page.locator("#picture").scrollIntoViewIfNeeded();
        page.locator("#detail").screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target/board-timeline.png")));
    }

    private static double width(Page page, String bar) {
        return ((Number) page.locator("#picture svg .bar" + bar).first().evaluate("b => b.getBoundingClientRect().width")).doubleValue();
    }

    @Test
    void comparesTwoSourcesSideBySide() {
        Page page = open(1440, 900, "#story=" + STORY);
        page.locator("#tab-pair").click();
        page.selectOption("#pair-a", "nysun");
        page.selectOption("#pair-b", "daily-euro-times");
        page.locator("#pair-form button[type=submit]").click();
        JsonPath pair = GraphQL.data("{ compareSources(a: \"nysun\", b: \"daily-euro-times\") { agree { id } conflict { id } onlyA { id } } }");
        assertThat(page.locator(".pair-section.agree tbody tr")).hasCount(pair.getList("compareSources.agree").size());
        assertThat(page.locator(".pair-section.single-source").first().locator("tbody tr")).hasCount(pair.getList("compareSources.onlyA").size());
        assertTrue(page.url().endsWith("pair=nysun%2Cdaily-euro-times"), page.url());
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/board-pair.png")));
        assertNoSeriousViolations(page, "two sources compared");

        page.locator("#tab-source").click();
        page.locator("#source-form button[type=submit]").click();
        assertThat(page.locator(".record")).containsText("Facts reported");
        assertNoSeriousViolations(page, "source's record");
    }

    @Test
    void opensAFactFromTheKeyboard() {
        Page page = open(1440, 900, "#story=" + STORY);
        page.locator("#search").focus();
        for (int i = 0; i < 20 && !page.evaluate("document.activeElement.closest('#grid-body') !== null").equals(true); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(page.locator("#grid-body tr").first().locator("button.question")).isFocused();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowRight");
        Locator second = page.locator("#grid-body tr").nth(1);
        String fact = second.getAttribute("data-fact");
        page.keyboard().press("Enter");
        assertTrue(page.url().contains("fact=" + fact), page.url());
        assertThat(page.locator("#detail")).isVisible();
        page.keyboard().press("Escape");
        assertThat(page.locator("#detail")).isHidden();
        assertTrue((Boolean) page.evaluate("document.activeElement.closest('#grid-body tr').dataset.fact === '" + fact + "'"),
                "focus returns to the row");
    }

    @Test
    void aCuratorDismissesAConflictFromTheBoard() {
        String n = String.valueOf(System.nanoTime() % 1_000_000_000L);
        String fact = "board-toll-" + n;
        String curator = GraphQL.login("curator", "curator");
        GraphQL.data("mutation($i: NewStory!) { addStory(input: $i) { id } }", Map.of("i", Map.of("id", "board-" + n, "title", "Board review")), curator);
        given().contentType("application/x-ndjson").header("Authorization", "Bearer " + curator)
                .body(("{\"fact\": \"" + fact + "\", \"story\": \"board-" + n + "\", \"kind\": \"QUANTITY\", \"question\": \"Toll\","
                        + " \"source\": \"board-a-" + n + "\", \"sourceHeadline\": \"A\", \"value\": \"at least 12 people\"}\n"
                        + "{\"fact\": \"" + fact + "\", \"source\": \"board-b-" + n + "\", \"sourceHeadline\": \"B\", \"value\": \"4 people\"}\n")
                        .getBytes(StandardCharsets.UTF_8))
                .post("/import/claims").then().statusCode(200);
        Comparisons.settle();

        Page page = open(1440, 900, "#story=board-" + n + "&fact=" + fact);
        assertThat(page.locator("#picture svg .bar")).hasCount(2);
        assertThat(page.locator("#picture svg .arrow")).hasCount(1);
        assertThat(page.locator("#review-form")).hasCount(0);
        page.locator("#review-sign-in").click();
        page.fill("#signin-user", "curator");
        page.fill("#signin-password", "curator");
        page.locator("#signin-submit").click();
        assertThat(page.locator("#signed-as")).containsText("curator");
        page.fill("#review-reason", "B counts only one town");
        page.locator("#review-form button.dismiss").click();
        assertThat(row(page, fact)).hasAttribute("data-review", "DISMISSED");
        assertEquals("DISMISSED", GraphQL.data("{ fact(id: \"" + fact + "\") { review { status } } }").getString("fact.review.status"));

        page.fill("#review-reason", "changed my mind");
        page.locator("#review-form button.confirm").click();
        assertThat(page.locator("#status.error")).containsText("FORBIDDEN");
        assertThat(row(page, fact)).hasAttribute("data-review", "DISMISSED");
    }

    @Test
    void hasNoSeriousAccessibilityViolationsOnALaptopOrAPhone() {
        Page laptop = open(1440, 900, "#story=" + STORY + "&fact=" + MUTTAQI);
        assertThat(laptop.locator("#article mark")).isVisible();
        assertNoSeriousViolations(laptop, "laptop");
        context.close();

        Page phone = open(390, 844, "#story=" + STORY);
        assertThat(row(phone, MUTTAQI)).isVisible();
        assertTrue((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling on a phone");
        phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/board-phone.png")));
        assertNoSeriousViolations(phone, "phone");
        row(phone, MUTTAQI).locator("button.question").click();
        assertThat(phone.locator("#article mark")).isVisible();
        phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/board-phone-fact.png")));
        assertNoSeriousViolations(phone, "phone, fact open");
    }

    private static void assertNoSeriousViolations(Page page, String where) {
        AxeResults results = new AxeBuilder(page).analyze();
        List<String> serious = results.getViolations().stream()
                .filter(rule -> List.of("serious", "critical").contains(rule.getImpact()))
                .map(rule -> rule.getId() + ": " + rule.getNodes().stream().map(node -> node.getTarget().toString()).limit(3).toList())
                .toList();
        assertEquals(List.<String>of(), serious, "accessibility on the " + where);
    }
}
