package org.reliefdesk.negotiation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reliefdesk.BrowserlessUiTest;
import org.reliefdesk.calls.CallDirection;
import org.reliefdesk.calls.CallFilter;
import org.reliefdesk.calls.CallOutcome;
import org.reliefdesk.calls.CallParty;
import org.reliefdesk.calls.CallRecord;
import org.reliefdesk.calls.CallService;
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
import org.reliefdesk.negotiation.ProposalStatus;
import org.reliefdesk.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The two tabs as a counsellor uses them: a call logged in seconds, a proposal worked until it fits. */
class NegotiationViewsTest extends BrowserlessUiTest {

    @Autowired
    CaseService cases;
    @Autowired
    CallService calls;
    @Autowired
    NegotiationService negotiation;

    @Test
    @WithUserDetails("counsellor")
    void a_call_is_logged_from_the_case_page_with_sensible_defaults() {
        long caseId = caseWithDebtAndBudget("通话界面测试");
        open(caseId, "通话记录");
        test($(Button.class).id("log-call")).click();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<CallDirection> direction = $(RadioButtonGroup.class).id("call-direction");
        @SuppressWarnings("unchecked")
        Select<CallParty> party = $(Select.class).id("call-party");
        assertThat(direction.getValue()).isEqualTo(CallDirection.OUTGOING);
        assertThat(party.getValue()).isEqualTo(CallParty.LENDER_SERVICE);
        test($(Button.class).id("call-save")).click();
        @SuppressWarnings("unchecked")
        Select<CallOutcome> outcome = $(Select.class).id("call-outcome");
        assertThat(outcome.isInvalid()).as("the outcome must be chosen").isTrue();
        assertThat($(Dialog.class).id("call-dialog").isOpened()).isTrue();

        test(outcome).selectItem("暴力催收");
        test($(TextArea.class).id("call-summary")).setValue("催收员威胁上门");
        test($(Button.class).id("call-save")).click();

        List<CallRecord> logged = calls.calls(caseId, CallFilter.ALL, PageRequest.of(0, 5)).getContent();
        assertThat(logged).singleElement().satisfies(c -> {
            assertThat(c.abusive()).isTrue();
            assertThat(c.details().summary()).isEqualTo("催收员威胁上门");
        });
        @SuppressWarnings("unchecked")
        Grid<CallRecord> grid = $(Grid.class).id("calls-grid");
        assertThat(test(grid).size()).isEqualTo(1);

        // A logged call opens with its details and the place where its recording will be attached.
        test(grid).clickRow(0);
        assertThat($(Dialog.class).id("call-dialog").isOpened()).isTrue();
        assertThat($(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).id("call-evidence")).isNotNull();
        assertThat($(TextArea.class).id("call-summary").getValue()).isEqualTo("催收员威胁上门");
    }

    @Test
    @WithUserDetails("counsellor")
    void the_affordability_indicator_follows_the_count_and_the_proposal_is_accepted() {
        long caseId = caseWithDebtAndBudget("协商界面测试");
        open(caseId, "协商");
        test($(Button.class).id("new-proposal")).click();

        IntegerField count = $(IntegerField.class).id("proposal-count");
        Div indicator = $(Div.class).id("proposal-affordability-indicator");
        test(count).setValue(2);
        assertThat(indicator.getElement().getAttribute("data-level")).isEqualTo("RED");
        assertThat(indicator.getElement().getTextRecursively()).contains("¥50.00");

        test(count).setValue(3);
        assertThat(indicator.getElement().getAttribute("data-level")).isEqualTo("GREEN");
        test($(Button.class).id("proposal-save")).click();

        test($(Button.class).id("proposal-accept")).click();
        long debtId = cases.get(caseId).debtsByPriority().getFirst().id();
        assertThat(negotiation.thread(caseId, debtId)).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(ProposalStatus.ACCEPTED);
            assertThat(p.terms().instalments()).isEqualTo(3);
        });
        assertThat($(Div.class).id("proposal-affordability").getElement().getAttribute("data-level"))
                .isEqualTo("GREEN");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("proposal-plan-basis").getText())
                .contains("5,100.00");
        assertThat($(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).id("proposal-evidence")).isNotNull();
    }

    @Test
    @WithUserDetails("counsellor")
    void a_settlement_shows_its_one_off_amount_and_an_edited_draft_keeps_its_side() {
        long caseId = caseWithDebtAndBudget("结清界面测试");
        open(caseId, "协商");
        test($(Button.class).id("new-proposal")).click();

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.checkbox.CheckboxGroup<org.reliefdesk.negotiation.ProposalKind> kinds =
                $(com.vaadin.flow.component.checkbox.CheckboxGroup.class).id("proposal-type");
        kinds.setValue(java.util.Set.of(org.reliefdesk.negotiation.ProposalKind.DISCOUNT));
        $(com.vaadin.flow.component.textfield.BigDecimalField.class).id("proposal-discount")
                .setValue(new BigDecimal("40"));
        Div indicator = $(Div.class).id("proposal-affordability-indicator");
        assertThat(indicator.getElement().getAttribute("data-level")).as("a one-off is not a red monthly light")
                .isEqualTo("UNKNOWN");
        // 5,000 × 60% + 80 + 20
        assertThat(indicator.getElement().getTextRecursively()).contains("一次性应付", "3,100.00");
        test($(Button.class).id("proposal-save")).click();

        test($(Button.class).id("proposal-edit")).click();
        assertThat($(Select.class).id("proposal-side").isReadOnly()).isTrue();
    }

    private void open(long caseId, String tabTitle) {
        navigate(CaseView.class, Map.of("caseId", String.valueOf(caseId)));
        TabSheet tabs = $(TabSheet.class).id("case-tabs");
        for (int i = 0; ; i++) {
            if (tabs.getTabAt(i).getLabel().equals(tabTitle)) {
                tabs.setSelectedIndex(i);
                return;
            }
        }
    }

    /** A debt of 5,100 owed and 2,500 a month available for debts. */
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
