package org.reliefdesk;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of the real-browser tests: the portal on a random port in demo mode, and Chromium. */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "reliefdesk.demo=true")
public abstract class BrowserTest {

    protected static BrowserSession browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Submits the login form and waits until the portal has moved on from it. */
    protected void login(Page page, String username, String password) {
        page.navigate(url("login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(Pattern.compile(".*:" + port + "/(?!login$).*"));
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Picks an item from a select; only the open select's items are visible (filters offer the same words). */
    protected static void choose(Page page, String select, String item) {
        page.locator(select).click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText(item)).first()
                .click();
    }

    /** Clicks a download link and returns what the browser saved. */
    protected static byte[] download(Page page, String anchor) {
        Download download = page.waitForDownload(() -> page.locator(anchor).click());
        try {
            return Files.readAllBytes(download.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF's text as PDFBox extracts it, whitespace removed (lines wrap anywhere in Chinese). */
    protected static String pdfText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a tab of the case page by its label. */
    protected static void tab(Page page, String label) {
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText(label)).click();
    }
}
