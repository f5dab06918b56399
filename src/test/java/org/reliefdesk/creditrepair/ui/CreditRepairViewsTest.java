package org.reliefdesk.creditrepair.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reliefdesk.BrowserlessUiTest;
import org.reliefdesk.SignedIn;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.casefile.DebtResolution;
import org.reliefdesk.casefile.HardshipReason;
import org.reliefdesk.casefile.IntakeDetails;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.casefile.RateBasis;
import org.reliefdesk.casefile.ui.CaseView;
import org.reliefdesk.casefile.ui.MyCaseView;
import org.reliefdesk.creditrepair.CheckSource;
import org.reliefdesk.creditrepair.CreditCheckDraft;
import org.reliefdesk.creditrepair.CreditCheckView;
import org.reliefdesk.creditrepair.CreditRepairService;
import org.reliefdesk.creditrepair.DisputeDraft;
import org.reliefdesk.creditrepair.DisputeParty;
import org.reliefdesk.creditrepair.DisputeStatus;
import org.reliefdesk.creditrepair.DisputeView;
import org.reliefdesk.creditrepair.EntryKind;
import org.reliefdesk.creditrepair.NegativeEntryDraft;
import org.reliefdesk.creditrepair.NegativeEntryView;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

/** The credit repair tab as a counsellor uses it, and the client's section. */
class CreditRepairViewsTest extends BrowserlessUiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    CaseService cases;
    @Autowired
    CreditRepairService credit;
    @Autowired
    CreditTimelineTexts timelineTexts;

    @Test
    @WithUserDetails("counsellor")
    @SuppressWarnings("unchecked")
    void a_check_an_entry_prefilled_from_the_settled_debt_a_dispute_and_the_outcome_are_recorded_in_the_tab() {
        long caseId = cases.openCase(new IntakeDetails("征信界面测试", "11010519491231002X", "13812345678", null,
                List.of(), HardshipReason.INCOME_DROP, null, false, false,
                "cr" + UUID.randomUUID().toString().substring(0, 6))).caseId();
        CaseDetails c = cases.addDebt(caseId, cases.get(caseId).version(), new DebtDetails("招联消费金融",
                LenderType.CONSUMER_FINANCE, "好期贷", TODAY.minusYears(2), Money.of("6000"), Money.of("6000"),
                Money.ZERO, new BigDecimal("18"), RateBasis.ANNUAL, 12, Money.of("1000"), Money.of("5000"),
                Money.of("80"), Money.of("20"), null, null, false));
        LocalDate settledOn = TODAY.minusDays(40);
        cases.resolveDebt(caseId, c.debtsByPriority().getFirst().id(), c.version(), DebtResolution.SETTLED,
                settledOn, "一次结清");
        navigate(CaseView.class, Map.of("caseId", String.valueOf(caseId)));
        TabSheet tabs = $(TabSheet.class).id("case-tabs");
        for (int i = 0; ; i++) {
            if (tabs.getTabAt(i).getLabel().equals("征信修复")) {
                tabs.setSelectedIndex(i);
                break;
            }
        }
        assertThat($(Span.class).id("credit-next-check").getText()).isEqualTo("尚未记录征信查询");

        test($(Button.class).id("credit-check-new")).click();
        assertThat($(DatePicker.class).id("credit-check-date").getValue()).isEqualTo(TODAY);
        $(Select.class).id("credit-check-source").setValue(CheckSource.BANK_APP);
        $(TextArea.class).id("credit-check-findings").setValue("一条逾期记录");
        test($(Button.class).id("credit-check-save")).click();
        assertThat(credit.checks(caseId, PageRequest.of(0, 5)).getContent()).singleElement()
                .satisfies(k -> assertThat(k.source()).isEqualTo(CheckSource.BANK_APP));
        assertThat($(Span.class).id("credit-next-check").getText()).contains(TODAY.plusMonths(6).toString());
        assertThat($(Grid.class).id("credit-checks-grid")).isNotNull();

        test($(Button.class).id("credit-entry-new")).click();
        Select<DebtLine> debt = $(Select.class).id("credit-entry-debt");
        debt.setValue(debt.getListDataView().getItems().findFirst().orElseThrow());
        assertThat($(DatePicker.class).id("credit-entry-settled").getValue()).isEqualTo(settledOn);
        $(Select.class).id("credit-entry-kind").setValue(EntryKind.OVERDUE);
        $(TextField.class).id("credit-entry-amount").setValue("5100");
        test($(Button.class).id("credit-entry-save")).click();
        NegativeEntryView entry = credit.entries(caseId, PageRequest.of(0, 5)).getContent().getFirst();
        assertThat(entry.expiresOn()).isEqualTo(settledOn.plusYears(5));
        assertThat(entry.amount()).isEqualTo(Money.of("5100"));
        Span countdown = Countdowns.of(entry, TODAY);
        assertThat(countdown.getClassNames()).contains("credit-expiry");
        assertThat(countdown.getElement().getAttribute("data-expires")).isEqualTo(settledOn.plusYears(5).toString());
        assertThat(countdown.getText()).contains("还剩 4 年");

        test($(Button.class).id("credit-dispute-new")).click();
        $(TextArea.class).id("credit-dispute-text").setValue("逾期天数有误");
        test($(Button.class).id("credit-dispute-save")).click();
        DisputeView dispute = credit.disputes(caseId, PageRequest.of(0, 5)).getContent().getFirst();
        assertThat(dispute.dueOn()).isEqualTo(TODAY.plusDays(20));
        Grid<DisputeView> disputes = $(Grid.class).id("credit-disputes-grid");
        assertThat($(Button.class).id("credit-dispute-answer").isEnabled()).isFalse();
        disputes.select(dispute);
        assertThat($(Button.class).id("credit-dispute-answer").isEnabled()).isTrue();
        assertThat($(Button.class).id("credit-dispute-uphold").isEnabled()).isFalse();
        test($(Button.class).id("credit-dispute-answer")).click();
        $(TextArea.class).id("credit-dispute-step-text").setValue("征信中心已受理核查");
        test($(Button.class).id("credit-dispute-step-save")).click();
        assertThat(credit.disputes(caseId, PageRequest.of(0, 5)).getContent().getFirst().status())
                .isEqualTo(DisputeStatus.ANSWERED);

        test($(Button.class).id("credit-outcome")).click();
        assertThat($(Dialog.class).id("credit-outcome-dialog").isOpened()).isTrue();
        assertThat($(com.vaadin.flow.component.textfield.IntegerField.class).id("credit-outcome-settled").getValue())
                .isEqualTo(1);
        $(TextField.class).id("credit-outcome-waived").setValue("500");
        $(TextArea.class).id("credit-outcome-text").setValue("减免罚息后结清");
        test($(Button.class).id("credit-outcome-save")).click();
        assertThat($(Span.class).id("credit-outcome-summary").getText()).contains("500.00").contains("减免罚息后结清");

        assertThat(timelineTexts.describe("CREDIT_DISPUTE_FILED", Map.of("party", "CREDIT_CENTRE", "date",
                "2026-03-02", "due", "2026-03-22"), new Span()))
                .hasValue("2026-03-02 向人民银行征信中心提出异议，答复期限 2026-03-22");
        assertThat(timelineTexts.describe("CALL_LOGGED", Map.of(), new Span())).isEmpty();
    }

    @Test
    @WithUserDetails("client")
    void the_client_sees_entries_with_their_countdown_and_disputes_but_not_the_findings_notes() {
        long caseId = cases.myCases().getFirst().id();
        Authentication client = SecurityContextHolder.getContext().getAuthentication();
        SignedIn.as("counsellor", Role.COUNSELLOR);
        try {
            CreditCheckView check = credit.recordCheck(caseId, new CreditCheckDraft(TODAY, CheckSource.PBOC_REPORT,
                    "内部备注：客户可能还有其他借款"));
            credit.addEntry(caseId, check.id(), new NegativeEntryDraft(null, "某某小额贷款有限公司", EntryKind.BAD_DEBT,
                    null, TODAY.minusYears(1)));
            credit.fileDispute(caseId, new DisputeDraft(TODAY, "该笔借款非本人办理", null, DisputeParty.CREDIT_CENTRE,
                    null));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(client);
        }
        navigate(MyCaseView.class);
        Div section = $(Div.class).id("my-credit");
        assertThat(section.isVisible()).isTrue();
        assertThat($(Div.class).id("my-credit-entries").getChildren()
                .filter(c -> c.getClassNames().contains("rd-portal-card")).count()).isEqualTo(1);
        assertThat($(Div.class).id("my-credit-disputes").getChildren()
                .filter(c -> c.getClassNames().contains("rd-portal-card")).count()).isEqualTo(1);
        assertThat(section.getElement().getTextRecursively()).contains(TODAY.plusMonths(6).toString())
                .doesNotContain("内部备注");
    }
}
