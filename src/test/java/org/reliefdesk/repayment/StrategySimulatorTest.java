package org.reliefdesk.repayment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reliefdesk.shared.Money;

class StrategySimulatorTest {

    // The hand-checked example: 4 debts, ¥5,000 in all, ¥1,000 a month for debts.
    // A 1,000 at 12% (1%/month), B 2,000 at 24% (2%/month), C 500 at 0%, D 1,500 at 6% (0.5%/month).
    private static final List<PlanDebt> FOUR = List.of(debt(1, "1000", "12"), debt(2, "2000", "24"),
            debt(3, "500", "0"), debt(4, "1500", "6"));
    private static final Money THOUSAND = Money.yuan(1000);

    @Test
    void avalanche_pays_the_dearest_first_as_checked_by_hand() {
        // Month 1: interest A 10.00, B 40.00, C 0, D 7.50 = 57.50 -> A 1010, B 2040, C 500, D 1507.50;
        //          1000 to B -> B 1040; owed 4057.50.
        // Month 2: interest A 10.10, B 20.80, D 7.54 (1507.50 x 0.005 = 7.5375) = 38.44 -> B 1060.80 - 1000 = 60.80;
        //          A 1020.10, C 500, D 1515.04; owed 3095.94.
        // Month 3: interest A 10.20, B 1.22, D 7.58 = 19.00 -> B 62.02 cleared, 937.98 rolls to A: 1030.30 -> 92.32;
        //          owed 92.32 + 500 + 1522.62 = 2114.94.
        // Month 4: interest A 0.92, D 7.61 = 8.53 -> A 93.24 cleared, 906.76 to D: 1530.23 -> 623.47; owed 1123.47.
        // Month 5: interest D 3.12 (623.47 x 0.005 = 3.11735) -> 626.59 cleared, 373.41 to C: 126.59.
        // Month 6: C 126.59 cleared. Paid 5 x 1000 + 126.59 = 5126.59; interest 57.50+38.44+19.00+8.53+3.12 = 126.59.
        Simulation s = StrategySimulator.simulate(Strategy.AVALANCHE, FOUR, THOUSAND);

        assertThat(s.months()).isEqualTo(6);
        assertThat(s.totalPaid()).isEqualTo(Money.of("5126.59"));
        assertThat(s.totalInterest()).isEqualTo(Money.of("126.59"));
        assertThat(s.payoffMonth()).isEqualTo(Map.of(2L, 3, 1L, 4, 4L, 5, 3L, 6));
        assertThat(s.remaining()).containsExactly(Money.yuan(5000), Money.of("4057.50"), Money.of("3095.94"),
                Money.of("2114.94"), Money.of("1123.47"), Money.of("126.59"), Money.ZERO);
        assertThat(s.interestNotCovered()).isFalse();
    }

    @Test
    void snowball_pays_the_smallest_first_as_checked_by_hand() {
        // Month 1: same interest 57.50; C 500 cleared, 500 to A: 1010 -> 510; owed 510 + 2040 + 1507.50 = 4057.50.
        // Month 2: interest A 5.10, B 40.80, D 7.54 = 53.44 -> A 515.10 cleared, 484.90 to D: 1515.04 -> 1030.14;
        //          owed 1030.14 + 2080.80 = 3110.94.
        // Month 3: interest D 5.15, B 41.62 = 46.77 -> D 1035.29 - 1000 = 35.29; owed 35.29 + 2122.42 = 2157.71.
        // Month 4: interest D 0.18 (35.29 x 0.005 = 0.17645), B 42.45 = 42.63 -> D 35.47 cleared, 964.53 to B:
        //          2164.87 -> 1200.34.
        // Month 5: interest 24.01 -> 1224.35 - 1000 = 224.35.
        // Month 6: interest 4.49 (224.35 x 0.02 = 4.487) -> 228.84 cleared.
        // Interest 57.50+53.44+46.77+42.63+24.01+4.49 = 228.84; paid 5228.84.
        Simulation s = StrategySimulator.simulate(Strategy.SNOWBALL, FOUR, THOUSAND);

        assertThat(s.months()).isEqualTo(6);
        assertThat(s.totalInterest()).isEqualTo(Money.of("228.84"));
        assertThat(s.totalPaid()).isEqualTo(Money.of("5228.84"));
        assertThat(s.payoffMonth()).isEqualTo(Map.of(3L, 1, 1L, 2, 4L, 4, 2L, 6));
        assertThat(s.remaining().subList(0, 4)).containsExactly(Money.yuan(5000), Money.of("4057.50"),
                Money.of("3110.94"), Money.of("2157.71"));
    }

    @Test
    void pro_rata_splits_each_month_by_balance_and_the_largest_takes_the_rounding() {
        // Month 1 after interest: A 1010, B 2040, C 500, D 1507.50 = 5057.50.
        // Shares: D 1000 x 1507.50 / 5057.50 = 298.07, A 199.70, C 98.86, B (largest) 1000 - 596.63 = 403.37.
        // -> A 810.30, B 1636.63, C 401.14, D 1209.43 = 4057.50.
        Simulation s = StrategySimulator.simulate(Strategy.PRO_RATA, FOUR, THOUSAND);

        assertThat(s.remaining().get(1)).isEqualTo(Money.of("4057.50"));
        // Everyone is paid a little each month, so the cheap debts linger and the dear ones cost more than
        // under the avalanche, yet less than the snowball here (which leaves B, the dearest, to last).
        assertThat(s.debtFree()).isTrue();
        assertThat(s.totalPaid()).isEqualTo(Money.yuan(5000).plus(s.totalInterest()));
        assertThat(s.totalInterest()).isGreaterThan(Money.of("126.59")).isLessThan(Money.of("228.84"));
        assertThat(s.months()).isEqualTo(6);
        assertThat(s.payoffMonth()).containsOnlyKeys(1L, 2L, 3L, 4L);
    }

    @Test
    void with_no_money_nothing_is_ever_repaid_and_the_interest_is_not_covered() {
        for (Simulation s : StrategySimulator.compare(FOUR, Money.ZERO)) {
            assertThat(s.debtFree()).as(s.strategy().name()).isFalse();
            assertThat(s.months()).isNull();
            assertThat(s.interestNotCovered()).isTrue();
            assertThat(s.totalPaid()).isEqualTo(Money.ZERO);
            assertThat(s.payoffMonth()).isEmpty();
            assertThat(s.remaining().getLast()).isGreaterThan(Money.yuan(5000));
        }
    }

    @Test
    void one_debt_is_repaid_the_same_way_by_every_strategy() {
        // 1,200 at 12%: month 1 interest 12.00 -> 1212 - 500 = 712; month 2 7.12 -> 219.12; month 3 2.19 -> 221.31.
        List<Simulation> all = StrategySimulator.compare(List.of(debt(9, "1200", "12")), Money.yuan(500));
        for (Simulation s : all) {
            assertThat(s.months()).isEqualTo(3);
            assertThat(s.totalInterest()).isEqualTo(Money.of("21.31"));
            assertThat(s.totalPaid()).isEqualTo(Money.of("1221.31"));
        }
    }

    @Test
    void money_above_every_balance_clears_them_all_in_the_first_month_and_the_rest_is_not_paid() {
        for (Simulation s : StrategySimulator.compare(FOUR, Money.yuan(100_000))) {
            assertThat(s.months()).isEqualTo(1);
            assertThat(s.totalPaid()).isEqualTo(Money.of("5057.50"));
            assertThat(s.payoffMonth()).isEqualTo(Map.of(1L, 1, 2L, 1, 3L, 1, 4L, 1));
        }
    }

    @Test
    void a_debt_whose_interest_exceeds_its_pro_rata_share_grows_until_pro_rata_never_ends() {
        // X 1,000 at 360% (30% a month, 300 interest) beside Y 9,000 at 0%, 1,000 a month: X's first share is
        // 1000 x 1300 / 10300 = 126.21, below its 300 interest, so X grows while Y shrinks, and X's share of the
        // money never catches up with its interest. The avalanche clears X in month 2 (1300 - 1000 = 300;
        // 390 paid, 610 to Y) although the money covered the total interest from the start.
        List<PlanDebt> debts = List.of(debt(1, "1000", "360"), debt(2, "9000", "0"));
        Simulation proRata = StrategySimulator.simulate(Strategy.PRO_RATA, debts, THOUSAND);
        Simulation avalanche = StrategySimulator.simulate(Strategy.AVALANCHE, debts, THOUSAND);

        assertThat(proRata.interestNotCovered()).isFalse();
        assertThat(proRata.debtFree()).isFalse();
        assertThat(proRata.payoffMonth()).doesNotContainKey(1L);
        assertThat(avalanche.payoffMonth().get(1L)).isEqualTo(2);
        assertThat(avalanche.months()).isEqualTo(11);
    }

    @Test
    void money_below_the_interest_is_never_enough_and_says_so() {
        // 10,000 at 240% accrues 2,000 in the first month; 1,000 a month never catches up.
        Simulation s = StrategySimulator.simulate(Strategy.AVALANCHE, List.of(debt(1, "10000", "240")), THOUSAND);

        assertThat(s.debtFree()).isFalse();
        assertThat(s.interestNotCovered()).isTrue();
        assertThat(s.remaining().size()).isLessThanOrEqualTo(StrategySimulator.MAX_MONTHS + 1);
    }

    @Test
    void minimums_are_paid_before_the_avalanche_target() {
        // A (dear) 1000 at 24%, B 1000 at 0% with a minimum of 100; 300 a month.
        // Month 1: A 1020; B gets its 100 first -> 900; the other 200 to A -> 820.
        List<PlanDebt> debts = List.of(debt(1, "1000", "24"),
                new PlanDebt(2, "B", Money.yuan(1000), BigDecimal.ZERO, BigDecimal.ZERO, Money.yuan(100)));
        Simulation s = StrategySimulator.simulate(Strategy.AVALANCHE, debts, Money.yuan(300));

        assertThat(s.remaining().get(1)).isEqualTo(Money.yuan(1720));
    }

    @Test
    void the_avalanche_ranks_by_the_enforceable_rate_not_the_rate_the_lender_charges() {
        // A charges 36 % but a court enforces 24 %; B charges 30 % and may (a licensed lender's 36 % line).
        PlanDebt a = new PlanDebt(1, "A", Money.yuan(3000), new BigDecimal("24"), new BigDecimal("36"), null);
        PlanDebt b = new PlanDebt(2, "B", Money.yuan(3000), new BigDecimal("30"), new BigDecimal("30"), null);

        Simulation avalanche = StrategySimulator.simulate(Strategy.AVALANCHE, List.of(a, b), Money.yuan(1000));

        assertThat(avalanche.payoffMonth().get(2L)).isLessThan(avalanche.payoffMonth().get(1L));
    }

    private static PlanDebt debt(long id, String balance, String rate) {
        return new PlanDebt(id, "L" + id, Money.of(balance), new BigDecimal(rate), new BigDecimal(rate), null);
    }
}
