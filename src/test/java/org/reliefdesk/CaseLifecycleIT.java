package org.reliefdesk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reliefdesk.platform.DemoMode;

/** A case from intake to negotiation in a real browser, and what its client sees of it. */
class CaseLifecycleIT extends BrowserTest {

    @Test
    void a_counsellor_completes_an_intake_and_the_client_follows_the_case() {
        String clientUsername = "kehu" + UUID.randomUUID().toString().substring(0, 6);
        Page counsellor = browser.newPage("zh-CN");
        login(counsellor, "counsellor", DemoMode.DEMO_PASSWORD);

        counsellor.navigate(url("cases"));
        counsellor.locator("#open-case").click();
        counsellor.locator("#intake-full-name input").fill("林小梅");
        counsellor.locator("#intake-id-number input").fill("11010519491231002x");
        counsellor.locator("#intake-mobile input").fill("139 1234 5678");
        choose(counsellor, "#intake-hardship", "失业");
        counsellor.locator("#intake-client-username input").fill(clientUsername);
        counsellor.locator("#intake-save").click();
        String oneTimePassword = counsellor.locator("#client-one-time-password input").inputValue();
        counsellor.locator("#intake-go-to-case").click();
        assertThat(counsellor.locator("#case-title")).hasText("林小梅");
        // The address bar is updated just after the page is drawn: wait for it before reading it.
        counsellor.waitForURL(Pattern.compile(".*/cases/\\d+$"));
        String caseUrl = counsellor.url();
        assertThat(counsellor.locator("#case-stage")).hasText("接案");
        assertThat(counsellor.locator("#move-negotiation")).isDisabled();

        tab(counsellor, "客户与同意");
        assertThat(counsellor.locator("#id-number")).hasText("110***********002X");
        saving(counsellor, () -> counsellor.locator("#record-consent").click());
        choose(counsellor, "#consent-kind", "处理敏感个人信息");
        saving(counsellor, () -> counsellor.locator("#record-consent").click());
        assertThat(counsellor.locator("#consent-grid")).containsText("处理敏感个人信息");

        tab(counsellor, "收支预算");
        counsellor.locator("#budget-line-label input").fill("工资");
        counsellor.locator("#budget-line-amount input").fill("6000");
        counsellor.locator("#budget-add-line").click();
        choose(counsellor, "#budget-line-kind", "住房");
        counsellor.locator("#budget-line-label input").fill("房租");
        counsellor.locator("#budget-line-amount input").fill("2500");
        counsellor.locator("#budget-add-line").click();
        saving(counsellor, () -> counsellor.locator("#save-budget").click());
        assertThat(counsellor.locator("#budget-figures")).containsText("可用于还款：¥3,500.00");

        tab(counsellor, "债务清单");
        addDebt(counsellor, "花呗", "网络平台/助贷", "5000", "18");
        addDebt(counsellor, "某消费金融", "消费金融公司", "20000", "24");
        assertThat(counsellor.locator("#debt-total")).containsText("共 2 笔债务");

        tab(counsellor, "概况");
        saving(counsellor, () -> counsellor.locator("#move-negotiation").click());
        assertThat(counsellor.locator("#case-stage")).hasText("协商");

        tab(counsellor, "时间线");
        assertThat(counsellor.locator("#timeline-grid")).containsText("阶段变更");
        assertThat(counsellor.locator("#timeline-grid")).containsText("从“接案”转到“协商”");

        Page other = browser.newPage("zh-CN");
        login(other, "counsellor2", DemoMode.DEMO_PASSWORD);
        openAndSettle(other, caseUrl);
        assertThat(other.locator("#not-found")).isVisible();
        assertThat(other.locator("#case-title")).hasCount(0);

        Page client = browser.newPage("zh-CN");
        login(client, clientUsername, oneTimePassword);
        client.locator("#current-password input").fill(oneTimePassword);
        client.locator("#new-password input").fill("Hangzhou-Lake-2026");
        client.locator("#confirm-password input").fill("Hangzhou-Lake-2026");
        client.locator("#save-password").click();
        assertThat(client).hasURL(Pattern.compile(".*/my-case$"));
        assertThat(client.locator("#my-case")).containsText("协商");
        assertThat(client.locator("#my-case")).containsText("王静（咨询师）");

        openAndSettle(client, caseUrl);
        assertThat(client.locator("#not-found")).isVisible();
        assertThat(client.locator("#case-title")).hasCount(0);
    }

    private void addDebt(Page page, String lender, String lenderType, String principal, String rate) {
        page.locator("#add-debt").click();
        page.locator("#debt-lender input").fill(lender);
        choose(page, "#debt-lender-type", lenderType);
        page.locator("#debt-principal input").fill(principal);
        page.locator("#debt-received input").fill(principal);
        page.locator("#debt-rate input").fill(rate);
        page.locator("#debt-out-principal input").fill(principal);
        saving(page, () -> page.locator("#debt-save").click());
        assertThat(page.locator("#debt-dialog")).hasCount(0);
        assertThat(page.locator("#debt-grid")).containsText(lender);
    }

    /** Opens an address and waits until the page shows one outcome or the other, then lets the test ask which. */
    private static void openAndSettle(Page page, String address) {
        page.navigate(address);
        page.waitForSelector("#not-found, #case-title");
    }

    /** Each saved change redraws the case page; wait for the new version before going on. */
    private static void saving(Page page, Runnable action) {
        String before = page.locator("#case-view").getAttribute("data-version");
        action.run();
        assertThat(page.locator("#case-view")).not().hasAttribute("data-version", before);
    }
}
