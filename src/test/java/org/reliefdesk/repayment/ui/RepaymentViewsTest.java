package org.reliefdesk.repayment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reliefdesk.BrowserlessUiTest;
import org.reliefdesk.casefile.Budget;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.casefile.ClientCaseStatus;
import org.reliefdesk.casefile.ExpenseCategory;
import org.reliefdesk.casefile.Stage;
import org.reliefdesk.casefile.HardshipReason;
import org.reliefdesk.casefile.IntakeDetails;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.casefile.RateBasis;
import org.reliefdesk.casefile.ui.CaseView;
import org.reliefdesk.repayment.RepaymentPlanService;
import org.reliefdesk.repayment.Strategy;
import org.reliefdesk.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The plan tab as a counsellor uses it: the three strategies compared, one chosen, and shown as the plan. */
class RepaymentViewsTest extends BrowserlessUiTest {

    @Autowired
    CaseService cases;
    @Autowired
    RepaymentPlanService plans;
    @Autowired
    ClientPlanSection clientSection;

    @Test
    @WithUserDetails("counsellor")
    void a_strategy_chosen_from_the_comparison_becomes_the_current_plan() {
        long caseId = caseWithDebtsAndBudget();
        open(caseId, "还款计划");

        BigDecimalField monthly = $(BigDecimalField.class).id("plan-monthly");
        assertThat(monthly.getValue()).isEqualByComparingTo("2500");
        Paragraph current = $(Paragraph.class).id("plan-current");
        assertThat(current.getElement().hasAttribute("data-strategy")).isFalse();
        assertThat($(Grid.class).id("plan-table").getGenericDataView().getItems().count()).isEqualTo(3);
        assertThat($(Div.class).id("plan-chart").getElement().getChild(0).toString()).contains("<svg");

        // Exploring a smaller amount is not saved, but choosing then stores that amount.
        test(monthly).setValue(new BigDecimal("1000"));
        test($(Button.class).id("plan-choose-SNOWBALL")).click();

        assertThat(current.getElement().getAttribute("data-strategy")).isEqualTo("SNOWBALL");
        assertThat(current.getText()).contains("雪球法", "¥1,000.00");
        assertThat(plans.plan(caseId).orElseThrow().strategy()).isEqualTo(Strategy.SNOWBALL);
        assertThat(plans.plan(caseId).orElseThrow().monthly()).isEqualTo(Money.of("1000"));

        test($(Button.class).id("plan-choose-AVALANCHE")).click();
        assertThat(current.getElement().getAttribute("data-strategy")).isEqualTo("AVALANCHE");
    }

    @Test
    @WithUserDetails("counsellor")
    void the_client_section_shows_the_chosen_plan_in_two_figures_and_is_hidden_without_one() {
        long caseId = caseWithDebtsAndBudget();
        ClientCaseStatus status = new ClientCaseStatus(caseId, Stage.NEGOTIATION, "咨询师", null);
        assertThat(clientSection.create(status).isVisible()).isFalse();

        int months = plans.choose(caseId, null, Strategy.AVALANCHE, Money.of("2500")).months();
        Component section = clientSection.create(status);
        assertThat(section.isVisible()).isTrue();
        assertThat(section.getChildren().filter(c -> "my-plan-summary".equals(c.getId().orElse(null)))
                .map(c -> ((Paragraph) c).getText()).findFirst().orElseThrow())
                .isEqualTo("每月还款 ¥2,500.00，预计 " + months + " 个月后还清全部债务。");
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

    /** Two debts (5,100 and 3,000 owed) and 2,500 a month available for debts. */
    private long caseWithDebtsAndBudget() {
        long caseId = cases.openCase(new IntakeDetails("计划界面测试", "11010519491231002X", "13812345678", null,
                List.of(), HardshipReason.INCOME_DROP, null, false, false,
                "ui" + UUID.randomUUID().toString().substring(0, 6))).caseId();
        CaseDetails c = cases.addDebt(caseId, cases.get(caseId).version(), debt("借呗", "18", "5000"));
        c = cases.addDebt(caseId, c.version(), debt("微粒贷", "24", "3000"));
        cases.saveBudget(caseId, c.version(), new Budget(List.of(new Budget.Line(true, null, "工资",
                Money.of("6000")), new Budget.Line(false, ExpenseCategory.HOUSING, "房租", Money.of("3500"))), 0));
        return caseId;
    }

    private static DebtDetails debt(String lender, String rate, String principal) {
        return new DebtDetails(lender, LenderType.ONLINE_PLATFORM, null, LocalDate.now().minusYears(1),
                Money.of("6000"), Money.of("6000"), Money.ZERO, new BigDecimal(rate), RateBasis.ANNUAL, 12,
                Money.of("1000"), Money.of(principal), Money.ZERO, Money.ZERO, null, null, false);
    }
}
