package org.reliefdesk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reliefdesk.casefile.Budget;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.ConsentKind;
import org.reliefdesk.casefile.ConsentMethod;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.casefile.ExpenseCategory;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.casefile.RateBasis;
import org.reliefdesk.casefile.Stage;
import org.reliefdesk.negotiation.NegotiationService;
import org.reliefdesk.negotiation.ProposalDraft;
import org.reliefdesk.negotiation.ProposalSide;
import org.reliefdesk.negotiation.ProposalStatus;
import org.reliefdesk.negotiation.ProposalTerms;
import org.reliefdesk.negotiation.ProposalView;
import org.reliefdesk.platform.DemoMode;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The second half of a case in a real browser: an accepted proposal becomes a signed
 * agreement, the case moves to repayment, a payment is recorded, a missed instalment is
 * flagged once the clock passes its due date, and the client sees their progress.
 */
class AgreementRepaymentIT extends BrowserTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy/M/d");
    static final MovableClock CLOCK = new MovableClock(Instant.now());

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @Autowired
    CaseService cases;
    @Autowired
    NegotiationService negotiation;

    @Test
    void an_accepted_proposal_becomes_a_signed_agreement_a_missed_instalment_is_flagged_and_the_client_follows() {
        LocalDate today = LocalDate.now(CLOCK.withZone(BEIJING));
        LocalDate firstDue = today.plusDays(10);
        Setup setup = negotiatingCaseWithAnAcceptedProposal();

        Page page = browser.newPage("zh-CN");
        login(page, "counsellor", DemoMode.DEMO_PASSWORD);
        page.navigate(url("cases/" + setup.caseId()));
        assertThat(page.locator("#case-title")).hasText("协议还款");

        tab(page, "协议与还款");
        page.locator("#agreement-new-" + setup.proposalId()).click();
        page.locator("#agreement-first-due input").fill(TYPED.format(firstDue));
        page.locator("#agreement-first-due input").press("Enter");
        page.locator("#agreement-save").click();
        assertThat(page.locator("#agreement-dialog")).hasCount(0);
        assertThat(page.locator("#agreement-schedule")).containsText(firstDue.toString());

        String agreement = pdfText(download(page, "#agreement-pdf"));
        assertThat(agreement).contains("还款协议", "借款人姓名：协议还款", "出借人：某网贷", "第1期：" + firstDue,
                "第3期：" + firstDue.plusMonths(2));

        page.locator("#agreement-evidence #evidence-attach-upload input[type=file]")
                .setInputFiles(new FilePayload("签署版协议.pdf", "application/pdf", signedPdf()));
        assertThat(page.locator("#agreement-evidence")).containsText("签署版协议.pdf");
        page.locator("#agreement-sign").click();
        page.locator("#agreement-sign-confirm").click();
        assertThat(page.locator("#agreement-detail")).containsText("已签署");

        tab(page, "概况");
        page.locator("#move-agreement").click();
        assertThat(page.locator("#case-stage")).hasText("达成协议");
        page.locator("#move-repayment").click();
        assertThat(page.locator("#case-stage")).hasText("还款");

        tab(page, "协议与还款");
        page.locator("#payment-new").click();
        page.locator("#payment-amount input").fill("1700");
        page.locator("#payment-save").click();
        assertThat(page.locator("#payment-dialog")).hasCount(0);
        assertThat(page.locator("#agreement-schedule [data-status='PAID']")).hasCount(1);
        assertThat(page.locator("#agreement-missed")).hasCount(0);

        // The clock passes the second due date, unpaid.
        CLOCK.set(firstDue.plusMonths(1).plusDays(1).atTime(9, 0).atZone(BEIJING).toInstant());
        page.reload();
        tab(page, "协议与还款");
        assertThat(page.locator("#agreement-schedule [data-status='MISSED']")).hasCount(1);
        assertThat(page.locator("#agreement-missed")).isVisible();
        assertThat(page.locator("#agreement-renegotiate")).isVisible();

        Page client = browser.newPage("zh-CN");
        login(client, setup.clientUsername(), setup.oneTimePassword());
        client.locator("#current-password input").fill(setup.oneTimePassword());
        client.locator("#new-password input").fill("Repay-Step-2026!");
        client.locator("#confirm-password input").fill("Repay-Step-2026!");
        client.locator("#save-password").click();
        assertThat(client).hasURL(Pattern.compile(".*/my-case$"));
        assertThat(client.locator("#my-agreements")).containsText("¥1,700.00");
        assertThat(client.locator("#my-agreements")).containsText("¥3,400.00");
    }

    private record Setup(long caseId, long proposalId, String clientUsername, String oneTimePassword) {
    }

    /** One debt of ¥5,100 with an accepted proposal of three instalments (¥1,700 each). */
    private Setup negotiatingCaseWithAnAcceptedProposal() {
        SignedIn.as("counsellor", Role.COUNSELLOR);
        try {
            LocalDate today = LocalDate.now(CLOCK.withZone(BEIJING));
            CaseService.OpenedCase opened = cases.openCase(Intakes.intake("协议还款", "13812345670"));
            long caseId = opened.caseId();
            CaseDetails c = cases.get(caseId);
            c = cases.recordConsent(caseId, c.version(), ConsentKind.PERSONAL_DATA, today, ConsentMethod.SIGNED_PAPER);
            c = cases.recordConsent(caseId, c.version(), ConsentKind.SENSITIVE_DATA, today,
                    ConsentMethod.SIGNED_PAPER);
            c = cases.addDebt(caseId, c.version(), new DebtDetails("某网贷", LenderType.ONLINE_PLATFORM, "消费贷",
                    today.minusYears(1), Money.of("6000"), Money.of("6000"), Money.ZERO, new BigDecimal("18"),
                    RateBasis.ANNUAL, 12, Money.of("1000"), Money.of("5000"), Money.of("80"), Money.of("20"),
                    today.minusDays(30), null, false));
            long debtId = c.debtsByPriority().getFirst().id();
            c = cases.saveBudget(caseId, c.version(), new Budget(List.of(
                    new Budget.Line(true, null, "工资", Money.of("6000")),
                    new Budget.Line(false, ExpenseCategory.HOUSING, "房租", Money.of("2500"))), 0));
            cases.moveStage(caseId, c.version(), Stage.NEGOTIATION, null);
            ProposalView p = negotiation.propose(caseId, debtId, new ProposalDraft(ProposalSide.CLIENT, today,
                    ProposalTerms.instalments(3), Set.of()));
            p = negotiation.changeStatus(caseId, p.id(), p.version(), ProposalStatus.ACCEPTED, "同意分三期");
            return new Setup(caseId, p.id(), opened.clientLogin().account().username(),
                    opened.clientLogin().oneTimePassword());
        } finally {
            SignedIn.nobody();
        }
    }

    private static byte[] signedPdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
