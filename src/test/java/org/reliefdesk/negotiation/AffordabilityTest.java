package org.reliefdesk.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefdesk.shared.Money;

class AffordabilityTest {

    private static PlanPayment monthly(long yuan) {
        return PaymentPlans.of(new DebtBalance(Money.yuan(yuan), Money.ZERO, Money.ZERO), ProposalTerms.instalments(1));
    }

    private static final PlanPayment PAUSE = PaymentPlans.of(new DebtBalance(Money.yuan(500), Money.ZERO, Money.ZERO),
            new ProposalTerms(null, null, false, false, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)));

    @Test
    void up_to_80_percent_of_what_is_available_is_green() {
        AffordabilityResult r = Affordability.check(monthly(600),
                List.of(new Affordability.OtherDebt("招联", monthly(200), true)), Money.yuan(1000));
        assertThat(r.level()).isEqualTo(AffordabilityLevel.GREEN);
        assertThat(r.total()).isEqualTo(Money.yuan(800));
        assertThat(r.otherPlansMonthly()).isEqualTo(Money.yuan(200));
        assertThat(r.share()).isEqualByComparingTo("0.80");
        assertThat(r.shortfall()).isEqualTo(Money.ZERO);
    }

    @Test
    void above_80_and_up_to_100_percent_is_amber() {
        assertThat(Affordability.check(monthly(801), List.of(), Money.yuan(1000)).level())
                .isEqualTo(AffordabilityLevel.AMBER);
        assertThat(Affordability.check(monthly(1000), List.of(), Money.yuan(1000)).level())
                .isEqualTo(AffordabilityLevel.AMBER);
    }

    @Test
    void above_what_is_available_is_red_with_the_shortfall() {
        AffordabilityResult r = Affordability.check(
                PaymentPlans.of(new DebtBalance(Money.of("1000.01"), Money.ZERO, Money.ZERO),
                        ProposalTerms.instalments(1)), List.of(), Money.yuan(1000));
        assertThat(r.level()).isEqualTo(AffordabilityLevel.RED);
        assertThat(r.shortfall()).isEqualTo(Money.of("0.01"));
    }

    @Test
    void when_the_household_already_runs_short_any_payment_is_red_by_the_whole_gap() {
        AffordabilityResult r = Affordability.check(monthly(300), List.of(), Money.yuan(-200));
        assertThat(r.level()).isEqualTo(AffordabilityLevel.RED);
        assertThat(r.shortfall()).isEqualTo(Money.yuan(500));
        assertThat(r.share()).isNull();
    }

    @Test
    void nothing_to_pay_with_nothing_available_is_amber_not_green() {
        assertThat(Affordability.check(PAUSE, List.of(), Money.ZERO).level()).isEqualTo(AffordabilityLevel.AMBER);
    }

    @Test
    void debts_without_a_plan_are_listed_left_out_and_keep_the_light_at_amber() {
        AffordabilityResult r = Affordability.check(monthly(100), List.of(
                new Affordability.OtherDebt("借呗", null, true),
                new Affordability.OtherDebt("已还清", null, false)), Money.yuan(1000));
        assertThat(r.level()).isEqualTo(AffordabilityLevel.AMBER);
        assertThat(r.unplannedLenders()).containsExactly("借呗");
        assertThat(r.total()).isEqualTo(Money.yuan(100));
    }

    @Test
    void unplanned_debts_do_not_hide_a_red_result() {
        assertThat(Affordability.check(monthly(1200), List.of(new Affordability.OtherDebt("借呗", null, true)),
                Money.yuan(1000)).level()).isEqualTo(AffordabilityLevel.RED);
    }

    @Test
    void a_pause_alone_is_at_best_amber_whether_proposed_or_agreed_on_another_debt() {
        AffordabilityResult proposed = Affordability.check(PAUSE, List.of(), Money.yuan(1000));
        assertThat(proposed.level()).isEqualTo(AffordabilityLevel.AMBER);
        assertThat(proposed.temporary()).isTrue();
        AffordabilityResult other = Affordability.check(monthly(100),
                List.of(new Affordability.OtherDebt("微粒贷", PAUSE, true)), Money.yuan(1000));
        assertThat(other.level()).isEqualTo(AffordabilityLevel.AMBER);
        assertThat(other.unplannedLenders()).containsExactly("微粒贷");
    }

    @Test
    void without_a_budget_the_check_says_it_cannot_assess_but_still_gives_the_payment() {
        AffordabilityResult r = Affordability.check(monthly(700), List.of(), null);
        assertThat(r.level()).isEqualTo(AffordabilityLevel.UNKNOWN);
        assertThat(r.proposalMonthly()).isEqualTo(Money.yuan(700));
        assertThat(r.available()).isNull();
    }

    @Test
    void the_thresholds_are_80_and_100_percent() {
        assertThat(Affordability.GREEN_UP_TO).isEqualByComparingTo(new BigDecimal("0.8"));
        assertThat(Affordability.AMBER_UP_TO).isEqualByComparingTo(BigDecimal.ONE);
    }

    private static PlanPayment settlement(long yuan) {
        return PaymentPlans.of(new DebtBalance(Money.yuan(yuan), Money.ZERO, Money.ZERO),
                new ProposalTerms(null, null, false, false, new BigDecimal("40"), null, null));
    }

    @Test
    void another_debts_accepted_settlement_counts_nothing_a_month() {
        AffordabilityResult r = Affordability.check(monthly(600),
                List.of(new Affordability.OtherDebt("招联", settlement(10_000), true)), Money.yuan(1000));
        assertThat(r.otherPlansMonthly()).isEqualTo(Money.ZERO);
        assertThat(r.total()).isEqualTo(Money.yuan(600));
        assertThat(r.unplannedLenders()).isEmpty();
        assertThat(r.level()).isEqualTo(AffordabilityLevel.GREEN);
    }

    @Test
    void a_settlement_is_not_a_monthly_payment_but_a_one_off_the_budget_cannot_judge() {
        AffordabilityResult r = Affordability.check(settlement(10_000),
                List.of(new Affordability.OtherDebt("招联", monthly(200), true)), Money.yuan(1000));
        assertThat(r.level()).isEqualTo(AffordabilityLevel.UNKNOWN);
        assertThat(r.oneOff()).isEqualTo(Money.yuan(6_000));
        assertThat(r.proposalMonthly()).isEqualTo(Money.ZERO);
        assertThat(r.total()).isEqualTo(Money.yuan(200));
        assertThat(r.shortfall()).isEqualTo(Money.ZERO);
        assertThat(r.available()).isEqualTo(Money.yuan(1000));
    }
}
