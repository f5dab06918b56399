package org.reliefdesk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reliefdesk.platform.DemoMode;

/** The portal in a real browser, as its three kinds of user meet it. */
class ReliefDeskIT extends BrowserTest {

    @Test
    void each_demo_role_sees_only_the_navigation_it_may_use() {
        assertThat(navigationAfterLogin("admin")).contains("首页", "员工账户", "修改密码");
        assertThat(navigationAfterLogin("counsellor")).contains("首页", "案件", "修改密码").doesNotContain("员工账户");
        assertThat(navigationAfterLogin("client")).contains("我的案件").doesNotContain("员工账户", "案件");
    }

    @Test
    void a_wrong_password_is_refused_without_saying_whether_the_account_exists() {
        Page page = browser.newPage("zh-CN");
        login(page, "counsellor", "wrong-password-1");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByText("用户名或密码不正确")).isVisible();

        // An unknown name lands on the very same address, so it is shown the very same page.
        login(page, "no-such-person", "wrong-password-1");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByText("用户名或密码不正确")).isVisible();
    }

    @Test
    void an_administrator_creates_a_counsellor_who_must_change_the_one_time_password() {
        String username = "it" + UUID.randomUUID().toString().substring(0, 6);
        Page admin = browser.newPage("zh-CN");
        login(admin, "admin", DemoMode.DEMO_PASSWORD);
        admin.navigate(url("admin/staff"));
        admin.locator("#create-staff").click();
        admin.locator("#new-username input").fill(username);
        admin.locator("#new-display-name input").fill("周敏");
        admin.locator("#create-staff-save").click();
        String oneTimePassword = admin.locator("#issued-password input").inputValue();
        assertThat(oneTimePassword).matches("[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}");
        admin.locator("#issued-password-done").click();
        assertThat(admin.locator("#staff-grid")).containsText(username);

        Page newcomer = browser.newPage("zh-CN");
        login(newcomer, username, oneTimePassword);
        assertThat(newcomer).hasURL(Pattern.compile(".*/account/password$"));
        assertThat(newcomer.locator("#password-change-required")).isVisible();

        newcomer.navigate(url(""));
        assertThat(newcomer).hasURL(Pattern.compile(".*/account/password$"));

        newcomer.locator("#current-password input").fill(oneTimePassword);
        newcomer.locator("#new-password input").fill("Chengdu-Pandas-2026");
        newcomer.locator("#confirm-password input").fill("Chengdu-Pandas-2026");
        newcomer.locator("#save-password").click();
        assertThat(newcomer.locator("#home-greeting")).containsText("周敏");

        newcomer.locator("#logout").click();
        assertThat(newcomer).hasURL(Pattern.compile(".*/login.*"));
        login(newcomer, username, "Chengdu-Pandas-2026");
        assertThat(newcomer.locator("#home-greeting")).containsText("周敏");
    }

    @Test
    void a_client_who_types_the_staff_admin_address_sees_nothing_of_it() {
        Page client = browser.newPage("zh-CN");
        login(client, "client", DemoMode.DEMO_PASSWORD);
        client.navigate(url("admin/staff"));
        assertThat(client.locator("#not-found")).containsText("页面不存在");
        assertThat(client.locator("#staff-grid")).hasCount(0);
    }

    @Test
    void an_english_browser_gets_english_and_anyone_else_gets_chinese() {
        Page english = browser.newPage("en-US");
        english.navigate(url("login"));
        assertThat(english.locator("vaadin-login-form")).containsText("Log in");

        Page german = browser.newPage("de-DE");
        german.navigate(url("login"));
        assertThat(german.locator("vaadin-login-form")).containsText("登录");
    }

    private List<String> navigationAfterLogin(String username) {
        Page page = browser.newPage("zh-CN");
        login(page, username, DemoMode.DEMO_PASSWORD);
        assertThat(page.locator("#main-nav")).isVisible();
        return page.locator("#main-nav vaadin-side-nav-item").allInnerTexts().stream().map(String::strip).toList();
    }
}
