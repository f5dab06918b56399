package org.reliefdesk.agreement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reliefdesk.BrowserlessUiTest;
import org.reliefdesk.agreement.AgreementService;
import org.reliefdesk.agreement.AgreementStatus;
import org.reliefdesk.agreement.AgreementView;
import org.reliefdesk.casefile.Budget;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.casefile.ExpenseCategory;
import org.reliefdesk.casefile.HardshipReason;
import org.reliefdesk.casefile.IntakeDetails;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.casefile.RateBasis;
import org.reliefdesk.casefile.ui.CaseView;
import org.reliefdesk.negotiation.NegotiationService;
import org.reliefdesk.negotiation.ProposalDraft;
import org.reliefdesk.negotiation.ProposalSide;
import org.reliefdesk.negotiation.ProposalStatus;
import org.reliefdesk.negotiation.ProposalTerms;
import org.reliefdesk.negotiation.ProposalView;
import org.reliefdesk.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The agreements tab as a counsellor uses it: draft from the accepted proposal, then try to sign it. */
class AgreementViewsTest extends BrowserlessUiTest {

    @Autowired
    CaseService cases;
    @Autowired
    NegotiationService negotiation;
    @Autowired
    AgreementService agreements;

    @Test
    @WithUserDetails("counsellor")
    void an_accepted_proposal_becomes_a_draft_whose_schedule_shows_and_signing_waits_for_the_signed_copy() {
        long caseId = caseWithDebtAndBudget("协议界面测试");
        long debtId = cases.get(caseId).debtsByPriority().getFirst().id();
        ProposalView p = negotiation.propose(caseId, debtId, new ProposalDraft(ProposalSide.CLIENT, LocalDate.now(),
                ProposalTerms.instalments(3), Set.of()));
        p = negotiation.changeStatus(caseId, p.id(), p.version(), ProposalStatus.ACCEPTED, null);
        open(caseId);

        test($(Button.class).id("agreement-new-" + p.id())).click();
        assertThat($(Dialog.class).id("agreement-dialog").isOpened()).isTrue();
        test($(IntegerField.class).id("agreement-grace-days")).setValue(7);
        test($(Button.class).id("agreement-save")).click();

        List<AgreementView> drafted = agreements.agreements(caseId);
        assertThat(drafted).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(AgreementStatus.DRAFT);
            assertThat(a.graceDays()).isEqualTo(7);
            assertThat(a.registeredName()).isEqualTo("借呗");
        });
        @SuppressWarnings("unchecked")
        Grid<?> schedule = $(Grid.class).id("agreement-schedule");
        assertThat(test(schedule).size()).isEqualTo(3);
        assertThat(test(schedule).getCellComponent(0, 4).getElement().getAttribute("data-status"))
                .isEqualTo("UPCOMING");

        test($(Button.class).id("agreement-sign")).click();
        assertThat($(DatePicker.class).id("agreement-signed-date").getValue()).isNotNull();
        test($(Button.class).id("agreement-sign-confirm")).click();
        assertThat($(Dialog.class).id("agreement-sign-dialog").isOpened()).as("no signed copy yet").isTrue();
        assertThat(agreements.agreements(caseId).getFirst().status()).isEqualTo(AgreementStatus.DRAFT);
    }

    private void open(long caseId) {
        navigate(CaseView.class, Map.of("caseId", String.valueOf(caseId)));
        TabSheet tabs = $(TabSheet.class).id("case-tabs");
        for (int i = 0; ; i++) {
            if (tabs.getTabAt(i).getLabel().equals("协议与还款")) {
                tabs.setSelectedIndex(i);
                return;
            }
        }
    }

    private long caseWithDebtAndBudget(String name) {
        long caseId = cases.openCase(new IntakeDetails(name, "11010519491231002X", "13812345678", null, List.of(),
                HardshipReason.INCOME_DROP, null, false, false, "ui" + UUID.randomUUID().toString().substring(0, 6)))
                .caseId();
        CaseDetails c = cases.addDebt(caseId, cases.get(caseId).version(), new DebtDetails("借呗",
                LenderType.ONLINE_PLATFORM, null, LocalDate.now().minusYears(1), Money.of("6000"), Money.of("6000"),
                Money.ZERO, new BigDecimal("18"), RateBasis.ANNUAL, 12, Money.of("1000"), Money.of("5000"),
                Money.of("80"), Money.of("20"), null, null, false));
        cases.saveBudget(caseId, c.version(), new Budget(List.of(new Budget.Line(true, null, "工资", Money.of("6000")),
                new Budget.Line(false, ExpenseCategory.HOUSING, "房租", Money.of("3500"))), 0));
        return caseId;
    }
}
