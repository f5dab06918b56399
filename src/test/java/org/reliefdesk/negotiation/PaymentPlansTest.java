package org.reliefdesk.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefdesk.shared.Money;

class PaymentPlansTest {

    /** Principal 10,000, interest 600, penalties and late fees 400: 11,000 owed. */
    private static final DebtBalance BALANCE = new DebtBalance(Money.yuan(10_000), Money.yuan(600), Money.yuan(400));

    private static ProposalTerms terms(Integer extension, Integer count, boolean penalty, boolean fees,
            String discount, LocalDate from, LocalDate until) {
        return new ProposalTerms(extension, count, penalty, fees, discount == null ? null : new BigDecimal(discount),
                from, until);
    }

    @Test
    void instalments_divide_the_whole_balance_and_sum_exactly() {
        PlanPayment plan = PaymentPlans.of(BALANCE, ProposalTerms.instalments(3));

        assertThat(plan.shape()).isEqualTo(PlanPayment.Shape.INSTALMENTS);
        assertThat(plan.payments()).containsExactly(Money.of("3666.67"), Money.of("3666.67"), Money.of("3666.66"));
        assertThat(plan.payments().stream().reduce(Money.ZERO, Money::plus)).isEqualTo(Money.yuan(11_000));
        assertThat(plan.monthly()).isEqualTo(Money.of("3666.67"));
        assertThat(plan.deferredMonths()).isZero();
    }

    @Test
    void the_last_instalment_takes_the_rounding_and_the_monthly_figure_is_the_largest() {
        assertThat(PaymentPlans.split(Money.yuan(1000), 3))
                .containsExactly(Money.of("333.33"), Money.of("333.33"), Money.of("333.34"));
        PlanPayment plan = PaymentPlans.of(new DebtBalance(Money.yuan(1000), Money.ZERO, Money.ZERO),
                ProposalTerms.instalments(3));
        assertThat(plan.monthly()).isEqualTo(Money.of("333.34"));
        // Half a fen rounds to even: 0.125 -> 0.12, so the last one is 0.13.
        assertThat(PaymentPlans.split(Money.of("0.25"), 2)).containsExactly(Money.of("0.12"), Money.of("0.13"));
    }

    @Test
    void a_discount_applies_to_the_principal_only() {
        PlanPayment plan = PaymentPlans.of(BALANCE, terms(null, 10, false, false, "25", null, null));
        // 10,000 × 0.75 + 600 + 400
        assertThat(plan.total()).isEqualTo(Money.yuan(8_500));
        assertThat(plan.monthly()).isEqualTo(Money.yuan(850));
    }

    @Test
    void penalties_and_late_fees_leave_the_balance_only_when_both_are_waived() {
        assertThat(PaymentPlans.of(BALANCE, terms(null, 10, true, false, null, null, null)).total())
                .isEqualTo(Money.yuan(11_000));
        assertThat(PaymentPlans.of(BALANCE, terms(null, 10, false, true, null, null, null)).total())
                .isEqualTo(Money.yuan(11_000));
        assertThat(PaymentPlans.of(BALANCE, terms(null, 10, true, true, null, null, null)).total())
                .isEqualTo(Money.yuan(10_600));
    }

    @Test
    void waivers_or_a_discount_alone_are_a_one_off_settlement_and_nothing_monthly() {
        PlanPayment plan = PaymentPlans.of(BALANCE, terms(null, null, true, true, "10.5", null, null));
        assertThat(plan.shape()).isEqualTo(PlanPayment.Shape.LUMP_SUM);
        assertThat(plan.isOneOff()).isTrue();
        // 10,000 × 0.895 + 600
        assertThat(plan.oneOff()).isEqualTo(Money.yuan(9_550));
        assertThat(plan.monthly()).isEqualTo(Money.ZERO);
        assertThat(plan.balance()).isEqualTo(BALANCE.total());
        assertThat(plan.payments()).containsExactly(Money.yuan(9_550));
    }

    @Test
    void an_extension_alone_means_setting_aside_the_balance_over_its_months() {
        PlanPayment plan = PaymentPlans.of(BALANCE, terms(6, null, false, false, null, null, null));
        assertThat(plan.shape()).isEqualTo(PlanPayment.Shape.SAVE_FOR_LUMP_SUM);
        assertThat(plan.deferredMonths()).isEqualTo(6);
        assertThat(plan.payments()).containsExactly(Money.yuan(11_000));
        // 11,000 / 6 = 1,833.33..., the largest of the split is 1,833.35
        assertThat(plan.monthly()).isEqualTo(Money.of("1833.35"));
    }

    @Test
    void an_extension_with_instalments_starts_them_later() {
        PlanPayment plan = PaymentPlans.of(BALANCE, terms(3, 11, false, false, null, null, null));
        assertThat(plan.deferredMonths()).isEqualTo(3);
        assertThat(plan.monthly()).isEqualTo(Money.yuan(1_000));
    }

    @Test
    void a_pause_alone_costs_nothing_during_it_and_is_temporary() {
        PlanPayment plan = PaymentPlans.of(BALANCE, terms(null, null, false, false, null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        assertThat(plan.shape()).isEqualTo(PlanPayment.Shape.PAUSE_ONLY);
        assertThat(plan.monthly()).isEqualTo(Money.ZERO);
        assertThat(plan.temporary()).isTrue();
        assertThat(plan.deferredMonths()).isEqualTo(3);
    }

    @Test
    void a_pause_then_instalments_with_everything_combined() {
        PlanPayment plan = PaymentPlans.of(BALANCE, terms(1, 12, true, true, "20",
                LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 20)));
        // 10,000 × 0.8 + 600 = 8,600 over 12: 716.67 × 11 + 716.63
        assertThat(plan.total()).isEqualTo(Money.yuan(8_600));
        assertThat(plan.payments()).hasSize(12).endsWith(Money.of("716.63"));
        assertThat(plan.monthly()).isEqualTo(Money.of("716.67"));
        // 1 month extension + a pause that starts a second month
        assertThat(plan.deferredMonths()).isEqualTo(3);
        assertThat(plan.temporary()).isFalse();
    }

    @Test
    void pause_months_count_a_started_month_as_one() {
        assertThat(PaymentPlans.pauseMonths(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))).isEqualTo(1);
        assertThat(PaymentPlans.pauseMonths(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1))).isEqualTo(2);
        assertThat(PaymentPlans.pauseMonths(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 4, 9))).isEqualTo(3);
    }

    @Test
    void one_instalment_is_the_whole_balance() {
        assertThat(PaymentPlans.of(BALANCE, ProposalTerms.instalments(1)).payments())
                .isEqualTo(List.of(Money.yuan(11_000)));
    }

    @Test
    void a_stored_plan_keeps_its_figures_and_lays_out_the_same_payments() {
        ProposalTerms terms = terms(null, 3, false, false, null, null, null);
        PlanPayment live = PaymentPlans.of(BALANCE, terms);
        PlanPayment stored = PaymentPlans.stored(live.shape(), live.monthly(), live.oneOff(), live.total(),
                live.balance(), terms);
        assertThat(stored).isEqualTo(live);
    }
}
