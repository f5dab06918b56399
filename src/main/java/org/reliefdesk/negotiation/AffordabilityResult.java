package org.reliefdesk.negotiation;

import java.math.BigDecimal;
import java.util.List;
import org.reliefdesk.shared.Money;

/**
 * A proposal checked against the budget, with the numbers behind the light.
 *
 * @param level UNKNOWN without a budget, and for a settlement (its one-off, {@code payment().oneOff()},
 *        needs a source outside the monthly budget)
 * @param proposalMonthly the monthly payment this proposal implies (zero for a settlement)
 * @param otherPlansMonthly the other debts' accepted plans, per month
 * @param total the two together
 * @param available the budget's money for debts per month, or null without a budget
 * @param share total / available (e.g. 0.8125), or null when it cannot be computed
 * @param shortfall by how much the total does not fit (zero unless red)
 * @param unplannedLenders other debts still owed with no accepted plan: left out of the total
 * @param temporary the proposal, or another debt's plan, is a pause alone
 */
public record AffordabilityResult(
        AffordabilityLevel level,
        PlanPayment payment,
        Money proposalMonthly,
        Money otherPlansMonthly,
        Money total,
        Money available,
        BigDecimal share,
        Money shortfall,
        List<String> unplannedLenders,
        boolean temporary) {

    public AffordabilityResult {
        unplannedLenders = List.copyOf(unplannedLenders);
    }

    /** What this proposal asks in one go (a settlement), zero otherwise; never in {@link #total()}. */
    public Money oneOff() {
        return payment().oneOff();
    }
}
