package org.reliefdesk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefdesk.casefile.Budget;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.casefile.ExpenseCategory;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.casefile.RateBasis;
import org.reliefdesk.platform.DemoMode;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The negotiation workspace in a real browser: a counsellor logs a call, keeps its
 * recording and the lender's letter as evidence, and works an instalment proposal
 * until the household can afford it.
 */
class NegotiationWorkspaceIT extends BrowserTest {

    @Autowired
    CaseService cases;

    @Test
    void a_counsellor_logs_a_call_keeps_evidence_and_works_a_proposal_until_it_fits() {
        long caseId = caseOwing5100With2500Available();
        Page page = browser.newPage("zh-CN");
        login(page, "counsellor", DemoMode.DEMO_PASSWORD);
        page.navigate(url("cases/" + caseId));
        assertThat(page.locator("#case-title")).hasText("浏览器协商");

        tab(page, "通话记录");
        page.locator("#log-call").click();
        choose(page, "#call-outcome", "已提出方案");
        page.locator("#call-summary textarea").fill("借呗客服同意考虑分期，需提交失业证明");
        page.locator("#call-save").click();
        assertThat(page.locator("#call-dialog")).hasCount(0);
        assertThat(page.locator("#calls-grid")).containsText("借呗客服同意考虑分期");

        // The recording is kept with the call it belongs to.
        page.locator("#calls-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("借呗客服同意考虑分期")).first().click();
        assertThat(page.locator("#call-evidence")).isVisible();
        page.locator("#evidence-attach-upload input[type=file]").setInputFiles(new FilePayload("借呗客服通话.mp3",
                "audio/mpeg", mp3()));
        assertThat(page.locator("#evidence-attachments")).containsText("借呗客服通话.mp3");
        page.locator("#call-cancel").click();
        assertThat(page.locator("#call-dialog")).hasCount(0);

        // The lender's letter goes into the case's evidence.
        tab(page, "证据");
        choose(page, "#evidence-upload-category", "合同");
        page.locator("#evidence-upload input[type=file]").setInputFiles(new FilePayload("借款合同.pdf",
                "application/pdf", pdf()));
        assertThat(page.locator("#evidence-grid")).containsText("借款合同.pdf");
        assertThat(page.locator("#evidence-grid")).containsText("借呗客服通话.mp3");
        // Newest first: the letter comes back whole, under its own name, as an attachment.
        Download download = page.waitForDownload(() -> page.locator("[id^='evidence-download-']").first().click());
        assertThat(download.suggestedFilename()).isEqualTo("借款合同.pdf");
        try {
            assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        tab(page, "协商");
        page.locator("#new-proposal").click();
        Locator indicator = page.locator("#proposal-affordability-indicator");
        page.locator("#proposal-count input").fill("2");
        assertThat(indicator).hasAttribute("data-level", "RED");
        assertThat(indicator).containsText("¥50.00");
        page.locator("#proposal-count input").fill("3");
        assertThat(indicator).hasAttribute("data-level", "GREEN");
        page.locator("#proposal-save").click();
        assertThat(page.locator("#proposal-dialog")).hasCount(0);
        assertThat(page.locator("#proposal-affordability")).hasAttribute("data-level", "GREEN");

        page.locator("#proposal-accept").click();
        assertThat(page.locator("#proposal-thread")).containsText("已接受");
    }

    /** One debt of ¥5,100 (principal 5,000, interest 80, penalties 20); ¥2,500 a month left for debts. */
    private long caseOwing5100With2500Available() {
        SignedIn.as("counsellor", Role.COUNSELLOR);
        try {
            long caseId = cases.openCase(Intakes.intake("浏览器协商", "13812345678")).caseId();
            CaseDetails c = cases.addDebt(caseId, cases.get(caseId).version(), new DebtDetails("借呗",
                    LenderType.ONLINE_PLATFORM, "消费贷", LocalDate.now().minusYears(1), Money.of("6000"),
                    Money.of("6000"), Money.ZERO, new BigDecimal("18"), RateBasis.ANNUAL, 12, Money.of("1000"),
                    Money.of("5000"), Money.of("80"), Money.of("20"), LocalDate.now().minusDays(30), null, false));
            cases.saveBudget(caseId, c.version(), new Budget(List.of(
                    new Budget.Line(true, null, "工资", Money.of("6000")),
                    new Budget.Line(false, ExpenseCategory.HOUSING, "房租", Money.of("3500"))), 0));
            return caseId;
        } finally {
            SignedIn.nobody();
        }
    }

    /** An MPEG audio file as a phone records it: an ID3 tag, then frames (silence is enough for the type check). */
    private static byte[] mp3() {
        byte[] bytes = new byte[64 * 1024];
        byte[] tag = {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0};
        System.arraycopy(tag, 0, bytes, 0, tag.length);
        for (int i = tag.length; i + 418 <= bytes.length; i += 418) {
            bytes[i] = (byte) 0xFF;
            bytes[i + 1] = (byte) 0xFB;
            bytes[i + 2] = (byte) 0x90;
            bytes[i + 3] = (byte) 0x64;
        }
        return bytes;
    }

    private static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
