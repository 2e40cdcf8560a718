package io.corroborate.board;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Debian's Chromium, headless, driven by Playwright (which never downloads a browser), opening the board. */
final class Chromium implements AutoCloseable {

    private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;

    Chromium() {
        // a loaded build machine answers the story's query in seconds, not milliseconds
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        assertTrue(Files.isExecutable(EXECUTABLE), "the test needs Debian's chromium at " + EXECUTABLE + " (.ci/run installs it)");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking")));
    }

    /** A fresh context (empty session storage) at this size, its page errors and console errors collected. */
    BrowserContext context(int width, int height, List<String> errors) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        context.onPage(page -> {
            page.onPageError(errors::add);
            page.onConsoleMessage(message -> {
                if (message.type().equals("error")) {
                    errors.add(message.text());
                }
            });
        });
        return context;
    }

    /** Opens the URL and waits until the board has rendered its first view. */
    static Page openBoard(BrowserContext context, String url) {
        Page page = context.newPage();
        page.navigate(url);
        page.locator("body[data-ready=true]").waitFor();
        return page;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
