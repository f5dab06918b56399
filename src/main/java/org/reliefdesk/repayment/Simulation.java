package org.reliefdesk.repayment;

import java.util.List;
import java.util.Map;
import org.reliefdesk.shared.Money;

/**
 * The outcome of one strategy.
 *
 * @param months months until every debt is paid; null when it never is ({@link #debtFree()} false)
 * @param totalPaid everything paid until then (or until the simulation stopped)
 * @param totalInterest the interest and fees that accrued in the plan
 * @param payoffMonth the month each debt is cleared, by debt id (absent when it never is)
 * @param remaining the total still owed at the start (index 0) and after each month
 * @param interestNotCovered the money does not even cover the first month's interest
 */
public record Simulation(Strategy strategy, Money monthly, Integer months, Money totalPaid, Money totalInterest,
        Map<Long, Integer> payoffMonth, List<Money> remaining, boolean interestNotCovered) {

    public Simulation {
        payoffMonth = Map.copyOf(payoffMonth);
        remaining = List.copyOf(remaining);
    }

    public boolean debtFree() {
        return months != null;
    }
}
