package org.reliefdesk.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefdesk.shared.Money;

class BudgetTest {

    @Test
    void available_for_debts_is_income_minus_all_spending() {
        Budget budget = CaseServiceIntegrationTest.budget();
        assertThat(budget.totalIncome()).isEqualTo(Money.of("6000"));
        assertThat(budget.essentialSpending()).isEqualTo(Money.of("3200"));
        assertThat(budget.otherSpending()).isEqualTo(Money.of("300"));
        assertThat(budget.availableForDebts()).isEqualTo(Money.of("2500"));
    }

    @Test
    void living_costs_above_half_of_income_are_flagged() {
        Budget budget = CaseServiceIntegrationTest.budget();
        assertThat(budget.livingCostShare()).isEqualByComparingTo("0.5333");
        assertThat(budget.livingCostsAboveHalf()).isTrue();

        Budget modest = new Budget(List.of(new Budget.Line(true, null, "工资", Money.of("8000")),
                new Budget.Line(false, ExpenseCategory.HOUSING, "房租", Money.of("4000"))), 0);
        assertThat(modest.livingCostsAboveHalf()).isFalse();
    }

    @Test
    void fifty_thirty_twenty_targets_follow_income() {
        Budget budget = CaseServiceIntegrationTest.budget();
        assertThat(budget.needsTarget()).isEqualTo(Money.of("3000"));
        assertThat(budget.wantsTarget()).isEqualTo(Money.of("1800"));
        assertThat(budget.savingsAndDebtsTarget()).isEqualTo(Money.of("1200"));
    }

    @Test
    void a_household_without_income_has_no_share_but_is_flagged_when_it_spends() {
        Budget none = new Budget(List.of(new Budget.Line(false, ExpenseCategory.FOOD, "伙食", Money.of("900"))), 2);
        assertThat(none.livingCostShare()).isNull();
        assertThat(none.livingCostsAboveHalf()).isTrue();
        assertThat(none.availableForDebts()).isEqualTo(Money.of("-900"));
    }

    @Test
    void nominal_rates_are_compared_on_an_annual_basis() {
        DebtDetails daily = CaseServiceIntegrationTest.debt("x", LenderType.ONLINE_PLATFORM, "0.05", RateBasis.DAILY,
                false);
        DebtDetails monthly = CaseServiceIntegrationTest.debt("y", LenderType.MICROLOAN, "1.5", RateBasis.MONTHLY,
                false);
        assertThat(daily.annualPercent()).isEqualByComparingTo(new BigDecimal("18.25"));
        assertThat(monthly.annualPercent()).isEqualByComparingTo(new BigDecimal("18.0"));
    }
}
