package org.reliefdesk.repayment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.IntegrationTest;
import org.reliefdesk.SignedIn;
import org.reliefdesk.audit.AuditEntry;
import org.reliefdesk.casefile.Budget;
import org.reliefdesk.casefile.CaseAlert;
import org.reliefdesk.casefile.CaseloadFilter;
import org.reliefdesk.casefile.DebtResolution;
import org.reliefdesk.casefile.Stage;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.casefile.ExpenseCategory;
import org.reliefdesk.casefile.IntakeDetails;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.casefile.RateBasis;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest(properties = {"reliefdesk.demo=true", "reliefdesk.test.context=repayment"})
class RepaymentPlanIntegrationTest {

    @Autowired
    RepaymentPlanService plans;
    @Autowired
    CaseService cases;
    @Autowired
    RepaymentAlertSource alerts;

    private long caseId;
    private String clientUsername;

    /** Two debts (5,100 at 18% from a platform; 3,000 at 36% from an unknown lender) and 2,500 a month for debts. */
    @BeforeEach
    void aCaseWithDebtsAndABudget() {
        SignedIn.as("counsellor", Role.COUNSELLOR);
        IntakeDetails intake = Intakes.intake("还款计划测试", "13800138000");
        clientUsername = intake.clientUsername();
        caseId = cases.openCase(intake).caseId();
        CaseDetails c = cases.addDebt(caseId, cases.get(caseId).version(), debt("借呗", LenderType.ONLINE_PLATFORM,
                "18", "5000", "80", "20"));
        c = cases.addDebt(caseId, c.version(), debt("某私人借款", LenderType.UNLICENSED_OR_UNKNOWN, "36", "3000", "0",
                "0"));
        cases.saveBudget(caseId, c.version(), budget("6000"));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    static DebtDetails debt(String lender, LenderType type, String rate, String principal, String interest,
            String penalties) {
        return new DebtDetails(lender, type, "消费贷", LocalDate.now().minusYears(1), Money.of("12000"),
                Money.of("12000"), Money.ZERO, new BigDecimal(rate), RateBasis.ANNUAL, 12, Money.of("1000"),
                Money.of(principal), Money.of(interest), Money.of(penalties), LocalDate.now().minusDays(30), null,
                false);
    }

    static Budget budget(String income) {
        return new Budget(List.of(new Budget.Line(true, null, "工资", Money.of(income)),
                new Budget.Line(false, ExpenseCategory.HOUSING, "房租", Money.of("2500")),
                new Budget.Line(false, ExpenseCategory.FOOD, "伙食", Money.of("1000"))), 0);
    }

    @Test
    void the_comparison_starts_from_the_budget_and_caps_the_rate_at_the_legal_line() {
        PlanComparison comparison = plans.compare(caseId, null);

        assertThat(comparison.monthly()).isEqualTo(Money.of("2500"));
        assertThat(comparison.available()).isEqualTo(Money.of("2500"));
        assertThat(comparison.simulations()).extracting(Simulation::strategy)
                .containsExactly(Strategy.PRO_RATA, Strategy.AVALANCHE, Strategy.SNOWBALL);
        assertThat(comparison.simulations()).allMatch(Simulation::debtFree);
        PlanDebt privateLoan = comparison.debts().stream().filter(d -> d.lenderName().equals("某私人借款"))
                .findFirst().orElseThrow();
        assertThat(privateLoan.balance()).isEqualTo(Money.of("3000"));
        // 36% from an unknown lender is capped at 4 x the 1-year LPR of the contract date (about 12%).
        assertThat(privateLoan.ratePercent()).isLessThan(new BigDecimal("16")).isGreaterThan(BigDecimal.ZERO);
        assertThat(privateLoan.rankingPercent()).isEqualByComparingTo("36");
        assertThat(plans.compare(caseId, Money.of("100")).monthly()).isEqualTo(Money.of("100"));
    }

    @Test
    void choosing_and_changing_the_plan_is_stored_and_audited_before_and_after() {
        assertThat(plans.plan(caseId)).isEmpty();
        ChosenPlan first = plans.choose(caseId, null, Strategy.AVALANCHE, Money.of("2500"));
        assertThat(first.strategy()).isEqualTo(Strategy.AVALANCHE);
        assertThat(first.months()).isEqualTo(plans.compare(caseId, null).of(Strategy.AVALANCHE).months());
        assertThat(first.balance()).isEqualTo(Money.of("8100"));
        assertThat(first.chosenBy()).isEqualTo("counsellor");

        ChosenPlan second = plans.choose(caseId, first.version(), Strategy.SNOWBALL, Money.of("1000"));
        assertThat(plans.plan(caseId)).contains(second);
        assertThat(second.months()).isGreaterThan(first.months());

        List<AuditEntry> entries = cases.timeline(caseId, PageRequest.of(0, 10)).getContent();
        assertThat(entries).extracting(AuditEntry::action).contains(RepaymentPlanService.PLAN_CHOSEN,
                RepaymentPlanService.PLAN_CHANGED);
        AuditEntry change = entries.stream().filter(e -> e.action().equals(RepaymentPlanService.PLAN_CHANGED))
                .findFirst().orElseThrow();
        assertThat(change.details()).contains("\"fromStrategy\":\"AVALANCHE\"", "\"strategy\":\"SNOWBALL\"",
                "\"fromMonthly\":\"¥2,500.00\"", "\"monthly\":\"¥1,000.00\"");
    }

    @Test
    void a_stale_version_or_a_second_first_choice_is_refused() {
        ChosenPlan first = plans.choose(caseId, null, Strategy.PRO_RATA, Money.of("2500"));
        plans.choose(caseId, first.version(), Strategy.AVALANCHE, Money.of("2500"));

        assertThatThrownBy(() -> plans.choose(caseId, first.version(), Strategy.SNOWBALL, Money.of("2500")))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> plans.choose(caseId, null, Strategy.SNOWBALL, Money.of("2500")))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(plans.plan(caseId).orElseThrow().strategy()).isEqualTo(Strategy.AVALANCHE);
    }

    @Test
    void a_plan_that_never_ends_or_has_no_money_is_refused() {
        assertThatThrownBy(() -> plans.choose(caseId, null, Strategy.AVALANCHE, Money.of("10")))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("messageKey",
                        "repayment.error.never");
        assertThatThrownBy(() -> plans.choose(caseId, null, Strategy.AVALANCHE, Money.ZERO))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> plans.compare(caseId, Money.of("-1"))).isInstanceOf(InvalidValueException.class);
        assertThat(plans.plan(caseId)).isEmpty();
    }

    @Test
    void the_client_reads_the_summary_but_cannot_compare_or_choose() {
        ChosenPlan chosen = plans.choose(caseId, null, Strategy.SNOWBALL, Money.of("2000"));
        SignedIn.as(clientUsername, Role.CLIENT);

        assertThat(plans.summary(caseId)).contains(new PlanSummary(Strategy.SNOWBALL, Money.of("2000"),
                chosen.months(), chosen.totalPaid()));
        assertThatThrownBy(() -> plans.choose(caseId, chosen.version(), Strategy.AVALANCHE, Money.of("2000")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.compare(caseId, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.plan(caseId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_counsellor_and_another_client_are_refused() {
        plans.choose(caseId, null, Strategy.SNOWBALL, Money.of("2000"));
        SignedIn.as("counsellor2", Role.COUNSELLOR);
        assertThatThrownBy(() -> plans.compare(caseId, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.choose(caseId, 0L, Strategy.AVALANCHE, Money.of("2000")))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as("client2", Role.CLIENT);
        assertThatThrownBy(() -> plans.summary(caseId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_debt_added_during_repayment_is_flagged_until_it_is_excluded() {
        long repaying = cases.caseload(new CaseloadFilter(Stage.REPAYMENT, null, false, null, null),
                PageRequest.of(0, 1)).getContent().getFirst().id();
        assertThat(keys(alerts.alertsFor(repaying))).doesNotContain("repayment.alert.newDebt");

        CaseDetails c = cases.addDebt(repaying, cases.get(repaying).version(), debt("新借的网贷",
                LenderType.ONLINE_PLATFORM, "24", "2000", "0", "0"));
        List<CaseAlert> flagged = alerts.alertsFor(repaying).stream()
                .filter(a -> a.messageKey().equals("repayment.alert.newDebt")).toList();
        assertThat(flagged).singleElement().satisfies(a -> {
            assertThat(a.params().getFirst()).isEqualTo("新借的网贷");
            assertThat(a.urgent()).isTrue();
        });

        long newDebt = c.debtsByPriority().stream().filter(d -> d.details().lenderName().equals("新借的网贷"))
                .findFirst().orElseThrow().id();
        cases.resolveDebt(repaying, newDebt, c.version(), DebtResolution.EXCLUDED, null, "录入错误");
        assertThat(keys(alerts.alertsFor(repaying))).doesNotContain("repayment.alert.newDebt");
    }

    @Test
    void a_small_emergency_fund_is_flagged_and_a_missing_one_once_a_plan_exists() {
        assertThat(alerts.alertsFor(caseId)).isEmpty();
        plans.choose(caseId, null, Strategy.AVALANCHE, Money.of("2500"));
        assertThat(keys(alerts.alertsFor(caseId))).containsExactly("repayment.alert.emergencyFundMissing");

        // Essential spending 3,500 a month: 7,000 covers 2 months, 14,000 covers 4.
        cases.saveBudget(caseId, cases.get(caseId).version(), new Budget(budget("6000").lines(), 0,
                Money.of("7000")));
        assertThat(alerts.alertsFor(caseId)).singleElement().satisfies(a -> {
            assertThat(a.messageKey()).isEqualTo("repayment.alert.emergencyFund");
            assertThat(a.params()).containsExactly("2.0");
        });
        cases.saveBudget(caseId, cases.get(caseId).version(), new Budget(budget("6000").lines(), 0,
                Money.of("14000")));
        assertThat(alerts.alertsFor(caseId)).isEmpty();
    }

    private static List<String> keys(List<CaseAlert> list) {
        return list.stream().map(CaseAlert::messageKey).toList();
    }
}
