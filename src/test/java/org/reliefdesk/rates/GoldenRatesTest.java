package org.reliefdesk.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.casefile.RateBasis;
import org.reliefdesk.shared.Money;

/**
 * Golden loans: every expected rate was worked out independently of the solver, by a closed
 * form where one exists, otherwise by plain bisection on the NPV in a separate Python script
 * (kept in the comments: the equation solved and its root). Rates are checked to 0.01%.
 */
class GoldenRatesTest {

    private static final LocalDate CONTRACT = LocalDate.of(2025, 1, 15);
    private static final double TO_A_HUNDREDTH = 0.005;

    @Test
    void equal_instalments_at_one_percent_a_month_cost_12_percent_apr_and_12_68_percent_ear() {
        // 等额本息 10,000 at 12%/year, 12 months. Closed form: payment = P·m(1+m)^n/((1+m)^n−1) = 888.4879 → 888.49;
        // the IRR of the payments is the contract's monthly rate, 1%: APR = 12.00%, EAR = 1.01^12 − 1 = 12.6825%.
        // (Fen rounding moves it by 0.0001%: bisection on the rounded schedule gives 1.000010% a month.)
        DebtDetails debt = debt("10000", "10000", "12", RateBasis.ANNUAL, 12);
        List<PlannedFlow> schedule = Schedule.payments(debt, structure(RepaymentMethod.EQUAL_INSTALMENT, "0"));

        assertThat(schedule).hasSize(12);
        assertThat(schedule.getFirst().amount()).isEqualTo(Money.of("888.49"));
        assertThat(schedule.getFirst().date()).isEqualTo(LocalDate.of(2025, 2, 15));
        assertThat(schedule.getLast().amount()).isEqualTo(Money.of("888.47"));
        assertRate(rateOf(debt, schedule), 12.00, 12.68);
    }

    @Test
    void a_daily_rate_of_0_05_percent_repaid_at_maturity_after_100_days() {
        // 到期一次性还本付息: 10,000 at 0.05%/day for 100 days → repay 10,000 × (1 + 0.0005 × 100) = 10,500.
        // Act/365 closed form: EAR = 1.05^(365/100) − 1 = 19.4926%; APR = 12 × ((1 + EAR)^(1/12) − 1) = 17.9412%.
        DebtDetails debt = debt("10000", "10000", "0.05", RateBasis.DAILY, null);
        List<PlannedFlow> schedule = Schedule.payments(debt,
                new RepaymentStructure(RepaymentMethod.BULLET, null, Money.ZERO, 100));

        assertThat(schedule).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualTo(Money.of("10500.00"));
            assertThat(p.date()).isEqualTo(LocalDate.of(2025, 4, 25));
        });
        assertRate(rateOf(debt, schedule), 17.94, 19.49);
    }

    @Test
    void kantouxi_8000_received_on_a_10000_contract_repaid_after_a_year_costs_25_percent() {
        // 砍头息: the contract says 10,000, the borrower got 8,000 and repays 10,000 twelve months later.
        // Closed form: EAR = 10,000 / 8,000 − 1 = 25%; APR = 12 × (1.25^(1/12) − 1) = 22.5231%.
        DebtDetails debt = debt("10000", "8000", "0", RateBasis.ANNUAL, 12);
        TrueRate rate = rateOf(debt, List.of(new PlannedFlow(CONTRACT.plusMonths(12), Money.yuan(10000), null)));

        assertRate(rate, 22.52, 25.00);
        UpfrontDeduction upfront = TrueCostCalculator.upfront(debt);
        assertThat(upfront.deducted()).isTrue();
        assertThat(upfront.withheld()).isEqualTo(Money.yuan(2000));
        assertThat(upfront.legalPrincipal()).isEqualTo(Money.yuan(8000));
        assertThat(upfront.recomputedOutstandingPrincipal()).isEqualTo(Money.yuan(4000));
    }

    @Test
    void kantouxi_on_an_equal_instalment_loan_raises_its_cost_from_12_to_32_5_percent() {
        // 10,000 at 12% 等额本息 (payments 888.49 ×11, 888.47), but only 9,000 paid out.
        // Bisection on 9,000 = Σ pₖ/(1+m)^k gives m = 2.708332%: APR 32.50%, EAR 1.02708332^12 − 1 = 37.81%.
        DebtDetails debt = debt("10000", "9000", "12", RateBasis.ANNUAL, 12);
        List<PlannedFlow> schedule = Schedule.payments(debt, structure(RepaymentMethod.EQUAL_INSTALMENT, "0"));

        assertRate(rateOf(debt, schedule), 32.50, 37.81);
    }

    @Test
    void a_monthly_service_fee_of_100_turns_a_12_percent_loan_into_32_76_percent() {
        // 10,000 at 12% 等额本息 plus a 服务费 of 100 with each instalment: payments 988.49 ×11, 988.47.
        // Bisection on 10,000 = Σ pₖ/(1+m)^k gives m = 2.729850%: APR 32.7582%, EAR 38.1529%.
        DebtDetails debt = debt("10000", "10000", "12", RateBasis.ANNUAL, 12);
        List<PlannedFlow> schedule = Schedule.payments(debt, structure(RepaymentMethod.EQUAL_INSTALMENT, "100"));

        assertThat(schedule.getFirst().amount()).isEqualTo(Money.of("988.49"));
        assertRate(rateOf(debt, schedule), 32.76, 38.15);
    }

    @Test
    void a_zero_interest_loan_with_a_60_yuan_monthly_fee_costs_10_9_percent() {
        // "免息" 12,000 in 12 equal principal parts of 1,000, plus a fee of 60 each month: 12 × 1,060.
        // Bisection on 12,000 = 1,060 × Σ 1/(1+m)^k gives m = 0.908032%: APR 10.8964%, EAR 11.4574%.
        DebtDetails debt = debt("12000", "12000", "0", RateBasis.ANNUAL, 12);
        List<PlannedFlow> schedule = Schedule.payments(debt, structure(RepaymentMethod.EQUAL_PRINCIPAL, "60"));

        assertThat(schedule).allSatisfy(p -> assertThat(p.amount()).isEqualTo(Money.yuan(1060)));
        assertRate(rateOf(debt, schedule), 10.90, 11.46);
    }

    @Test
    void a_zero_interest_loan_with_an_upfront_fee_costs_what_the_fee_is_worth() {
        // Nominally free: 10,000 due in a year, but a 500 fee was taken at signing, so 9,500 was received.
        // Closed form: EAR = 10,000/9,500 − 1 = 5.2632%; APR = 12 × ((10,000/9,500)^(1/12) − 1) = 5.1403%.
        DebtDetails debt = debt("10000", "9500", "0", RateBasis.ANNUAL, 12);

        assertRate(rateOf(debt, List.of(new PlannedFlow(CONTRACT.plusMonths(12), Money.yuan(10000), null))),
                5.14, 5.26);
    }

    @Test
    void equal_principal_at_one_percent_a_month_costs_exactly_the_contract_rate() {
        // 等额本金 12,000 at 12%: 1,000 principal + 1% of the balance (120, 110, ..., 10): every amount is exact,
        // so the IRR is exactly 1% a month. APR 12.00%, EAR 12.6825%.
        DebtDetails debt = debt("12000", "12000", "12", RateBasis.ANNUAL, 12);
        List<PlannedFlow> schedule = Schedule.payments(debt, structure(RepaymentMethod.EQUAL_PRINCIPAL, "0"));

        assertThat(schedule.getFirst().amount()).isEqualTo(Money.yuan(1120));
        assertThat(schedule.getLast().amount()).isEqualTo(Money.yuan(1010));
        assertRate(rateOf(debt, schedule), 12.00, 12.68);
    }

    @Test
    void interest_first_at_1_5_percent_a_month_costs_18_percent_apr() {
        // 先息后本 10,000 at 1.5%/month: 150 × 11, then 10,150. IRR = 1.5% exactly: APR 18.00%, EAR 1.015^12 − 1 = 19.5618%.
        DebtDetails debt = debt("10000", "10000", "1.5", RateBasis.MONTHLY, 12);
        List<PlannedFlow> schedule = Schedule.payments(debt, structure(RepaymentMethod.INTEREST_FIRST, "0"));

        assertThat(schedule.getFirst().amount()).isEqualTo(Money.yuan(150));
        assertThat(schedule.getLast().amount()).isEqualTo(Money.yuan(10150));
        assertRate(rateOf(debt, schedule), 18.00, 19.56);
    }

    @Test
    void irregular_typed_payments_use_actual_days_over_365() {
        // 5,000 received 2025-03-03; 2,000 paid after 38 days, 3,500 after 120 days.
        // Bisection on Σ aᵢ/(1+r)^(daysᵢ/365) = 0 gives r = 47.6047%; APR = 12 × ((1+r)^(1/12) − 1) = 39.5753%.
        List<CashFlow> flows = List.of(CashFlow.received(LocalDate.of(2025, 3, 3), Money.yuan(5000)),
                CashFlow.paid(LocalDate.of(2025, 4, 10), Money.yuan(2000)),
                CashFlow.paid(LocalDate.of(2025, 7, 1), Money.yuan(3500)));

        assertRate(Irr.of(flows), 39.58, 47.60);
        // Simple rate r: the 2,000 pays 5,000·r·38/365 of interest, the rest principal, leaving P₁ = 3,000 +
        // 5,000·r·38/365; then 3,500 = P₁·(1 + r·82/365). The quadratic's positive root: r = 40.2701%
        // (between the APR and the EAR: interest ran 120 days on part of the money without compounding).
        assertThat(Irr.of(flows).linePercent().doubleValue()).isCloseTo(40.27, within(TO_A_HUNDREDTH));
    }

    @Test
    void no_rate_exists_when_nothing_is_paid_back_and_no_cost_when_less_is_paid_than_received() {
        LocalDate day = CONTRACT;
        assertThat(Irr.of(List.of(CashFlow.received(day, Money.yuan(10000)))).status())
                .isEqualTo(TrueRate.Status.NO_RATE);
        assertThat(Irr.of(List.of()).status()).isEqualTo(TrueRate.Status.NO_RATE);
        assertThat(Irr.of(List.of(CashFlow.paid(day, Money.yuan(5)), CashFlow.paid(day.plusDays(3), Money.yuan(5))))
                .status()).isEqualTo(TrueRate.Status.NO_RATE);
        TrueRate lessBack = Irr.of(List.of(CashFlow.received(day, Money.yuan(10000)),
                CashFlow.paid(day.plusMonths(6), Money.yuan(9000))));
        assertThat(lessBack.status()).isEqualTo(TrueRate.Status.NO_COST);
        assertThat(lessBack.exists()).isFalse();
        TrueRate evenBack = Irr.of(List.of(CashFlow.received(day, Money.yuan(10000)),
                CashFlow.paid(day.plusMonths(6), Money.yuan(10000))));
        assertThat(evenBack.effectiveAnnualPercent()).isEqualByComparingTo("0");
    }

    @Test
    void a_seven_day_loan_paying_out_700_of_1000_is_a_rate_and_compared_with_the_lines_at_its_simple_rate() {
        // The typical 7-day high-fee online loan: contract 1,000, 700 received, 1,000 repaid 7 days later.
        // Closed forms (Act/365): t = ln(1000/700) × 365/7 = 18.59805; APR = 12 × (e^(t/12) − 1) = 4,452.85%;
        // EAR = e^t − 1 ≈ 1.194 × 10^10 %; simple annual rate = (1000/700 − 1) × 365/7 = 2,234.69%.
        // Far below the absurd line (APR 100,000%), so a plain rate, not a typing error.
        TrueRate rate = Irr.of(List.of(CashFlow.received(CONTRACT, Money.yuan(700)),
                CashFlow.paid(CONTRACT.plusDays(7), Money.yuan(1000))));

        assertThat(rate.status()).isEqualTo(TrueRate.Status.RATE);
        assertThat(rate.nominalAprPercent().doubleValue()).isCloseTo(4452.85, within(TO_A_HUNDREDTH));
        assertThat(rate.effectiveAnnualPercent().doubleValue()).isCloseTo(1.194072694e10, within(1e2));
        assertThat(rate.linePercent().doubleValue()).isCloseTo(2234.69, within(TO_A_HUNDREDTH));
        // Against the 4 × LPR line of 12%: the line loan owes 700 × (1 + 0.12 × 7/365) = 701.61 (interest 1.61),
        // so 298.39 of the 1,000 is above the line.
        assertThat(Excess.over(List.of(CashFlow.received(CONTRACT, Money.yuan(700)),
                CashFlow.paid(CONTRACT.plusDays(7), Money.yuan(1000))), new BigDecimal("12")))
                .isEqualTo(Money.of("298.39"));
    }

    @Test
    void doubling_money_in_a_week_is_a_rate_but_doubling_it_in_a_day_is_absurd() {
        // Week: APR = 12 × (2^(365/84) − 1) = 23,190.92% < 100,000%: a rate; simple = 100% × 365/7 = 5,214.29%.
        TrueRate week = Irr.of(List.of(CashFlow.received(CONTRACT, Money.yuan(1000)),
                CashFlow.paid(CONTRACT.plusDays(7), Money.yuan(2000))));
        assertThat(week.status()).isEqualTo(TrueRate.Status.RATE);
        assertThat(week.nominalAprPercent().doubleValue()).isCloseTo(23190.92, within(TO_A_HUNDREDTH));
        assertThat(week.linePercent().doubleValue()).isCloseTo(5214.29, within(TO_A_HUNDREDTH));
        // Day: APR = 12 × (2^(365/12) − 1) ≈ 1.7 × 10^12 %: absurd, reported at the bound APR 100,000%;
        // the simple rate 36,500% is still exact.
        TrueRate day = Irr.of(List.of(CashFlow.received(CONTRACT, Money.yuan(1000)),
                CashFlow.paid(CONTRACT.plusDays(1), Money.yuan(2000))));
        assertThat(day.status()).isEqualTo(TrueRate.Status.ABSURD);
        assertThat(day.nominalAprPercent().doubleValue()).isCloseTo(100_000, within(TO_A_HUNDREDTH));
        assertThat(day.linePercent().doubleValue()).isCloseTo(36_500, within(TO_A_HUNDREDTH));
    }

    @Test
    void a_one_year_private_loan_at_12_6_percent_simple_exceeds_a_12_percent_line_by_600_per_100000() {
        // 100,000 received 2025-01-15, 112,600 repaid 2026-01-15 (one payment, 12 months = 1 year).
        // APR = 12 × (1.126^(1/12) − 1) = 11.93% — below 12%, which is how the old comparison missed it —
        // but the court's figure is simple: (112,600/100,000 − 1) / 1 year = 12.60% > 12%.
        // Excess: a loan at the line owes 100,000 × (1 + 12% × 1) = 112,000; 112,600 − 112,000 = 600
        // (60 per 10,000 borrowed).
        DebtDetails debt = debt("100000", "100000", "12.6", RateBasis.ANNUAL, 12);
        DebtTrueCost cost = TrueCostCalculator.cost(1, debt, new RepaymentStructure(RepaymentMethod.BULLET, null,
                Money.ZERO, null), List.of(), List.of(line("PRIVATE_4X_LPR", "12")));

        assertThat(cost.totalPaid()).isEqualTo(Money.yuan(112_600));
        assertThat(cost.rate().nominalAprPercent().doubleValue()).isCloseTo(11.93, within(TO_A_HUNDREDTH));
        assertThat(cost.rate().linePercent().doubleValue()).isCloseTo(12.60, within(TO_A_HUNDREDTH));
        assertThat(cost.lines()).singleElement().satisfies(c -> {
            assertThat(c.exceeded()).isTrue();
            assertThat(c.excess()).isEqualTo(Money.yuan(600));
        });
        assertThat(cost.excess()).isEqualTo(Money.yuan(600));
    }

    @Test
    void a_licensed_one_year_loan_at_26_percent_exceeds_24_percent_but_not_36() {
        // 10,000 received, 12,600 repaid after 12 months: APR = 12 × (1.26^(1/12) − 1) = 23.34% (looked "within
        // 24%"), simple rate = 26%. Excess over 24%: 12,600 − 10,000 × 1.24 = 200; within 36%.
        DebtDetails debt = debt("10000", "10000", "26", RateBasis.ANNUAL, 12);
        DebtTrueCost cost = TrueCostCalculator.cost(1, debt, null,
                List.of(new PlannedFlow(CONTRACT.plusMonths(12), Money.yuan(12_600), null)),
                List.of(line("FINANCIAL_24", "24"), line("LICENSED_36", "36")));

        assertThat(cost.rate().nominalAprPercent().doubleValue()).isCloseTo(23.34, within(TO_A_HUNDREDTH));
        assertThat(cost.rate().linePercent().doubleValue()).isCloseTo(26.00, within(TO_A_HUNDREDTH));
        assertThat(cost.lines()).extracting(LineCheck::exceeded).containsExactly(true, false);
        assertThat(cost.lines()).extracting(LineCheck::excess).containsExactly(Money.yuan(200), Money.ZERO);
    }

    @Test
    void for_monthly_instalments_the_line_rate_is_the_apr() {
        // Each 等额本息 instalment covers the month's interest, so simple interest on the declining balance at
        // 12 × the monthly IRR clears the loan exactly: the line rate equals the APR (here 32.76%, fee loan).
        DebtDetails debt = debt("10000", "10000", "12", RateBasis.ANNUAL, 12);
        TrueRate rate = rateOf(debt, Schedule.payments(debt, structure(RepaymentMethod.EQUAL_INSTALMENT, "100")));

        assertThat(rate.linePercent().doubleValue()).isCloseTo(rate.nominalAprPercent().doubleValue(),
                within(1e-6));
    }

    @Test
    void a_rate_just_under_the_absurd_line_is_still_a_rate() {
        // 1,000 → 1,900 after a year: EAR = 90% exactly (closed form), far from the line but on the same path.
        TrueRate rate = Irr.of(List.of(CashFlow.received(CONTRACT, Money.yuan(1000)),
                CashFlow.paid(CONTRACT.plusMonths(12), Money.yuan(1900))));
        assertThat(rate.status()).isEqualTo(TrueRate.Status.RATE);
        assertThat(rate.effectiveAnnualPercent().doubleValue()).isCloseTo(90.0, within(TO_A_HUNDREDTH));
    }

    @Test
    void excess_is_what_is_paid_after_a_loan_at_the_line_would_be_cleared() {
        // Same payments as the service-fee loan (988.49 ×11, 988.47) applied to 10,000 at the line as simple
        // interest on the outstanding principal (each month: interest = principal × line/12 rounded HALF_EVEN to
        // the fen; payment to interest, then principal): independent Python roll-forward (decimal) gives 1,265.49
        // above 12% and 575.30 above 24%. (Was 575.28 when the balance was compounded by a double growth factor
        // and rounded: every instalment covers its month's interest, so the model is the same and only the
        // fen rounding moved, by 2 fen.)
        DebtDetails debt = debt("10000", "10000", "12", RateBasis.ANNUAL, 12);
        List<CashFlow> flows = TrueCostCalculator.flows(debt,
                Schedule.payments(debt, structure(RepaymentMethod.EQUAL_INSTALMENT, "100")));

        assertThat(Excess.over(flows, new BigDecimal("12"))).isEqualTo(Money.of("1265.49"));
        assertThat(Excess.over(flows, new BigDecimal("24"))).isEqualTo(Money.of("575.30"));
        assertThat(Excess.over(flows, new BigDecimal("36"))).isEqualTo(Money.ZERO);
    }

    @Test
    void the_calculator_reports_excess_only_over_lines_the_rate_exceeds() {
        DebtDetails debt = debt("10000", "9000", "12", RateBasis.ANNUAL, 12);
        List<LegalLine> lines = List.of(line("FINANCIAL_24", "24"), line("LICENSED_36", "36"),
                new LegalLine("NOTE", LegalLine.Consequence.NOTE, null, null, null, CONTRACT, null, "注", "note"));

        DebtTrueCost cost = TrueCostCalculator.cost(7, debt, structure(RepaymentMethod.EQUAL_INSTALMENT, "0"),
                List.of(), lines);

        assertThat(cost.basis()).isEqualTo(DebtTrueCost.Basis.STRUCTURE);
        assertThat(cost.lines()).extracting(LineCheck::exceeded).containsExactly(true, false, false);
        assertThat(cost.lines().getFirst().excess().isPositive()).isTrue();
        assertThat(cost.excess()).isEqualTo(cost.lines().getFirst().excess());
        assertThat(cost.totalPaid()).isEqualTo(Money.of("10661.86"));
        assertThat(cost.upfront().recomputedOutstandingPrincipal()).isEqualTo(Money.yuan(5000));
    }

    @Test
    void typed_flows_win_over_the_structure_and_a_debt_without_a_date_has_no_rate() {
        DebtDetails debt = debt("10000", "10000", "12", RateBasis.ANNUAL, 12);
        DebtTrueCost typed = TrueCostCalculator.cost(1, debt, structure(RepaymentMethod.EQUAL_INSTALMENT, "0"),
                List.of(new PlannedFlow(CONTRACT.plusMonths(12), Money.yuan(12500), null)), List.of());
        assertThat(typed.basis()).isEqualTo(DebtTrueCost.Basis.EXPLICIT_FLOWS);
        assertThat(typed.rate().effectiveAnnualPercent().doubleValue()).isCloseTo(25.0, within(TO_A_HUNDREDTH));

        DebtDetails undated = new DebtDetails("某贷", LenderType.BANK, null, null, Money.yuan(10000),
                Money.yuan(10000), Money.ZERO, new BigDecimal("12"), RateBasis.ANNUAL, 12, Money.ZERO,
                Money.yuan(10000), Money.ZERO, Money.ZERO, null, null, false);
        DebtTrueCost none = TrueCostCalculator.cost(2, undated, null, List.of(), List.of());
        assertThat(none.basis()).isEqualTo(DebtTrueCost.Basis.NONE);
        assertThat(none.rate().status()).isEqualTo(TrueRate.Status.MISSING_DATA);
    }

    @Test
    void single_payment_loans_match_the_closed_form_over_many_random_cases() {
        // One payment R after d days for A received: EAR = (R/A)^(365/d) − 1 exactly (Act/365), unless d is a
        // whole number of months, where the month grid applies: EAR = (R/A)^(12/k) − 1.
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 2000; i++) {
            long received = 500 + random.nextInt(50_000);
            long repaid = received + 1 + random.nextInt((int) received);
            int days = 1 + random.nextInt(1500);
            LocalDate due = CONTRACT.plusDays(days);
            long months = java.time.temporal.ChronoUnit.MONTHS.between(CONTRACT, due);
            double years = CONTRACT.plusMonths(months).equals(due) ? months / 12.0 : days / 365.0;
            double expected = (Math.pow((double) repaid / received, 1 / years) - 1) * 100;
            TrueRate rate = Irr.of(List.of(CashFlow.received(CONTRACT, Money.yuan(received)),
                    CashFlow.paid(due, Money.yuan(repaid))));
            double apr = 12 * (Math.pow((double) repaid / received, 1 / (12 * years)) - 1) * 100;
            double simple = ((double) repaid / received - 1) / years * 100;
            assertThat(rate.linePercent().doubleValue()).as("simple %d → %d in %d days", received, repaid, days)
                    .isCloseTo(simple, within(Math.max(TO_A_HUNDREDTH, simple * 1e-9)));
            if (apr > 100_000) {
                assertThat(rate.status()).isEqualTo(TrueRate.Status.ABSURD);
            } else {
                assertThat(rate.status()).isEqualTo(TrueRate.Status.RATE);
                assertThat(rate.nominalAprPercent().doubleValue()).as("%d → %d in %d days", received, repaid,
                        days).isCloseTo(apr, within(Math.max(TO_A_HUNDREDTH, apr * 1e-9)));
                assertThat(rate.effectiveAnnualPercent().doubleValue()).as("%d → %d in %d days", received, repaid,
                        days).isCloseTo(expected, within(Math.max(TO_A_HUNDREDTH, expected * 1e-8)));
            }
        }
    }

    // --- helpers ---

    private static void assertRate(TrueRate rate, double aprPercent, double earPercent) {
        assertThat(rate.linePercent()).as("line rate").isNotNull();
        assertThat(rate.status()).isEqualTo(TrueRate.Status.RATE);
        assertThat(rate.nominalAprPercent().doubleValue()).as("APR").isCloseTo(aprPercent, within(TO_A_HUNDREDTH));
        assertThat(rate.effectiveAnnualPercent().doubleValue()).as("EAR").isCloseTo(earPercent,
                within(TO_A_HUNDREDTH));
    }

    private static TrueRate rateOf(DebtDetails debt, List<PlannedFlow> payments) {
        return Irr.of(new ArrayList<>(TrueCostCalculator.flows(debt, payments)));
    }

    private static RepaymentStructure structure(RepaymentMethod method, String fee) {
        return new RepaymentStructure(method, null, Money.of(fee), null);
    }

    private static LegalLine line(String code, String percent) {
        return new LegalLine(code, LegalLine.Consequence.REDUCIBLE, new BigDecimal(percent), null, null, CONTRACT,
                null, "规则", "rule");
    }

    static DebtDetails debt(String principal, String received, String rate, RateBasis basis, Integer termMonths) {
        Money p = Money.of(principal);
        Money r = Money.of(received);
        return new DebtDetails("测试贷", LenderType.BANK, null, CONTRACT, p, r, p.minus(r), new BigDecimal(rate), basis,
                termMonths, Money.ZERO, Money.yuan(6000), Money.ZERO, Money.ZERO, null, null, false);
    }
}
