package org.reliefdesk;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Debian's Chromium driven by Playwright. Playwright's own browser download
 * cannot work here, so the browser must be on the PATH; without it the test
 * fails with that reason instead of skipping.
 */
public final class BrowserSession implements AutoCloseable {

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;

    public BrowserSession() {
        Path chromium = findOnPath("chromium").or(() -> findOnPath("chromium-browser"))
                .orElseThrow(() -> new IllegalStateException(
                        "No 'chromium' on the PATH: install Debian's chromium (apt-get install -y chromium)"));
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(FLAGS));
    }

    /** A new, cookie-less browser window, as a different person would open. */
    public Page newPage(String locale) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(1280, 900)).newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    /** A new window as a phone shows it: 390 × 844 CSS pixels, touch, a mobile user agent's layout rules. */
    public Page newPhonePage(String locale) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(390, 844).setDeviceScaleFactor(3).setIsMobile(true).setHasTouch(true)).newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    private static Optional<Path> findOnPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator))
                .map(directory -> Path.of(directory, command))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
