package org.reliefdesk.repayment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reliefdesk.shared.Money;

/**
 * Simulates the three strategies month by month (decision 014). Each month: interest accrues
 * on every remaining balance at rate/12, rounded HALF_EVEN to the fen; then the month's money
 * is paid out by the strategy, and whatever a cleared debt frees rolls over to the next one.
 * Pure: no clock, no database.
 */
public final class StrategySimulator {

    /** 50 years: a plan that has not cleared the debts by then never will in any useful sense. */
    public static final int MAX_MONTHS = 600;
    /** Stops early once the debts have grown this many times over: they are never repaid. */
    private static final BigDecimal RUNAWAY = BigDecimal.valueOf(1000);
    private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

    private StrategySimulator() {
    }

    /** The three strategies, in the order of {@link Strategy}. */
    public static List<Simulation> compare(List<PlanDebt> debts, Money monthly) {
        List<Simulation> result = new ArrayList<>();
        for (Strategy strategy : Strategy.values()) {
            result.add(simulate(strategy, debts, monthly));
        }
        return result;
    }

    public static Simulation simulate(Strategy strategy, List<PlanDebt> debts, Money monthly) {
        Money money = monthly == null || monthly.isNegative() ? Money.ZERO : monthly;
        List<PlanDebt> open = debts.stream().filter(d -> d.balance().isPositive()).toList();
        Map<Long, Money> balance = new LinkedHashMap<>();
        open.forEach(d -> balance.put(d.id(), d.balance()));
        Money start = total(balance);
        List<Money> remaining = new ArrayList<>(List.of(start));
        Map<Long, Integer> payoff = new HashMap<>();
        Money paid = Money.ZERO;
        Money interest = Money.ZERO;
        boolean interestNotCovered = false;
        int month = 0;
        while (total(balance).isPositive()) {
            if (month == MAX_MONTHS || total(balance).amount().compareTo(start.amount().multiply(RUNAWAY)) > 0) {
                return new Simulation(strategy, money, null, paid, interest, payoff, remaining, interestNotCovered);
            }
            month++;
            Money accrued = Money.ZERO;
            for (PlanDebt debt : open) {
                Money owed = balance.get(debt.id());
                if (owed.isPositive()) {
                    Money monthInterest = owed.times(debt.ratePercent().divide(TWELVE_HUNDRED, MathContext.DECIMAL64));
                    balance.put(debt.id(), owed.plus(monthInterest));
                    accrued = accrued.plus(monthInterest);
                }
            }
            if (month == 1) {
                interestNotCovered = accrued.isPositive() && money.compareTo(accrued) <= 0;
            }
            interest = interest.plus(accrued);
            Money left = switch (strategy) {
                case PRO_RATA -> proRata(open, balance, money);
                case AVALANCHE -> ranked(open, balance, money, Comparator
                        .comparing(PlanDebt::ratePercent, Comparator.reverseOrder())
                        .thenComparing(d -> balance.get(d.id())).thenComparing(PlanDebt::id));
                case SNOWBALL -> ranked(open, balance, money, Comparator
                        .comparing((PlanDebt d) -> balance.get(d.id()))
                        .thenComparing(PlanDebt::ratePercent, Comparator.reverseOrder())
                        .thenComparing(PlanDebt::id));
            };
            paid = paid.plus(money.minus(left));
            for (PlanDebt debt : open) {
                if (!balance.get(debt.id()).isPositive() && !payoff.containsKey(debt.id())) {
                    payoff.put(debt.id(), month);
                }
            }
            remaining.add(total(balance));
        }
        return new Simulation(strategy, money, month, paid, interest, payoff, remaining, interestNotCovered);
    }

    /**
     * Splits the money in proportion to the balances after interest; each share is rounded to
     * the fen and the largest balance takes the rounding. Money beyond all balances is left over.
     */
    private static Money proRata(List<PlanDebt> open, Map<Long, Money> balance, Money money) {
        Money owed = total(balance);
        if (money.compareTo(owed) >= 0) {
            balance.replaceAll((id, b) -> Money.ZERO);
            return money.minus(owed);
        }
        List<PlanDebt> byBalance = open.stream().filter(d -> balance.get(d.id()).isPositive())
                .sorted(Comparator.comparing((PlanDebt d) -> balance.get(d.id())).reversed()
                        .thenComparing(PlanDebt::id))
                .toList();
        Map<Long, Money> shares = new HashMap<>();
        Money given = Money.ZERO;
        for (PlanDebt debt : byBalance.subList(1, byBalance.size())) {
            // share = money × balance / total, never above the balance because money < total.
            Money share = Money.of(money.amount().multiply(balance.get(debt.id()).amount())
                    .divide(owed.amount(), 2, RoundingMode.HALF_EVEN));
            shares.put(debt.id(), share);
            given = given.plus(share);
        }
        shares.put(byBalance.getFirst().id(), money.minus(given));
        Money left = Money.ZERO;
        for (PlanDebt debt : byBalance) {
            left = left.plus(pay(balance, debt.id(), shares.get(debt.id())));
        }
        // Rounding can leave a fen or two over on a debt that is cleared: roll it to the others.
        for (PlanDebt debt : byBalance) {
            left = pay(balance, debt.id(), left);
        }
        return left;
    }

    /** Minimums first (in priority order while the money lasts), then everything else in priority order. */
    private static Money ranked(List<PlanDebt> open, Map<Long, Money> balance, Money money,
            Comparator<PlanDebt> priority) {
        List<PlanDebt> order = open.stream().filter(d -> balance.get(d.id()).isPositive()).sorted(priority).toList();
        Money left = money;
        for (PlanDebt debt : order) {
            if (debt.minimum() != null && debt.minimum().isPositive()) {
                Money minimum = debt.minimum().min(left);
                left = left.minus(minimum).plus(pay(balance, debt.id(), minimum));
            }
        }
        for (PlanDebt debt : order) {
            left = pay(balance, debt.id(), left);
        }
        return left;
    }

    /** Pays up to the balance; returns what was not needed. */
    private static Money pay(Map<Long, Money> balance, long id, Money amount) {
        Money owed = balance.get(id);
        Money used = amount.min(owed);
        balance.put(id, owed.minus(used));
        return amount.minus(used);
    }

    private static Money total(Map<Long, Money> balance) {
        return balance.values().stream().reduce(Money.ZERO, Money::plus);
    }
}
