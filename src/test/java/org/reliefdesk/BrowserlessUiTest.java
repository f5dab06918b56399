package org.reliefdesk;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.reliefdesk.platform.Translations;

/**
 * Base of the browserless UI tests: a Spring context on a real PostgreSQL with
 * the demo accounts, and a browser that asks for Chinese, the portal's default.
 */
@IntegrationTest(properties = "reliefdesk.demo=true")
public abstract class BrowserlessUiTest extends SpringBrowserlessTest {

    @BeforeEach
    void chineseBrowser() {
        UI.getCurrent().setLocale(Translations.CHINESE);
    }
}
