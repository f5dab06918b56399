package org.reliefdesk.negotiation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.reliefdesk.shared.Money;

/**
 * Checks a proposal, with the other debts' accepted plans, against the money the
 * budget leaves for debts. The thresholds live here and only here (decision 009):
 * green up to {@link #GREEN_UP_TO} of what is available, amber up to
 * {@link #AMBER_UP_TO}, red above, with the shortfall. Debts still owed with no
 * accepted plan are listed and left out of the total, and while there are any
 * (or while a plan is a pause alone) the light is at best amber.
 * <p>
 * One-off amounts (settlements paid in one go) are never part of the monthly
 * total: another debt's accepted settlement counts 0 a month, and a settlement
 * proposal is UNKNOWN with its one-off amount (it needs a source the monthly
 * budget does not know of, e.g. savings or family help), not red.
 */
public final class Affordability {

    public static final BigDecimal GREEN_UP_TO = new BigDecimal("0.80");
    public static final BigDecimal AMBER_UP_TO = BigDecimal.ONE;

    private Affordability() {
    }

    /**
     * Another debt of the case, as the check sees it.
     *
     * @param acceptedPlan its accepted proposal's payment, or null when none is accepted
     * @param owed whether anything is still owed on it (a debt paid off needs no plan)
     */
    public record OtherDebt(String lenderName, PlanPayment acceptedPlan, boolean owed) {
    }

    /** @param available the budget's money for debts per month, or null when the case has no budget */
    public static AffordabilityResult check(PlanPayment proposal, List<OtherDebt> others, Money available) {
        Money otherPlans = Money.ZERO;
        List<String> unplanned = new ArrayList<>();
        boolean temporary = proposal.temporary();
        for (OtherDebt other : others) {
            if (other.acceptedPlan() == null || other.acceptedPlan().temporary()) {
                if (other.owed()) {
                    unplanned.add(other.lenderName());
                }
                temporary |= other.acceptedPlan() != null;
            } else {
                otherPlans = otherPlans.plus(other.acceptedPlan().monthly());
            }
        }
        Money total = proposal.monthly().plus(otherPlans);
        if (available == null) {
            return new AffordabilityResult(AffordabilityLevel.UNKNOWN, proposal, proposal.monthly(), otherPlans, total,
                    null, null, Money.ZERO, unplanned, temporary);
        }
        if (proposal.isOneOff()) {
            // Whether a one-off can be raised is not a question of the monthly budget.
            BigDecimal share = available.isPositive()
                    ? total.amount().divide(available.amount(), 4, RoundingMode.HALF_EVEN) : null;
            return new AffordabilityResult(AffordabilityLevel.UNKNOWN, proposal, proposal.monthly(), otherPlans,
                    total, available, share, Money.ZERO, unplanned, temporary);
        }
        BigDecimal share = available.isPositive()
                ? total.amount().divide(available.amount(), 4, RoundingMode.HALF_EVEN) : null;
        AffordabilityLevel level;
        Money shortfall = Money.ZERO;
        if (total.compareTo(available) > 0) {
            level = AffordabilityLevel.RED;
            shortfall = total.minus(available);
        } else if (share != null && share.compareTo(GREEN_UP_TO) <= 0 && unplanned.isEmpty() && !temporary) {
            level = AffordabilityLevel.GREEN;
        } else {
            // Within what is available but tight, incomplete, temporary, or nothing available at all.
            level = share == null || share.compareTo(AMBER_UP_TO) <= 0 ? AffordabilityLevel.AMBER
                    : AffordabilityLevel.RED;
        }
        return new AffordabilityResult(level, proposal, proposal.monthly(), otherPlans, total, available, share,
                shortfall, unplanned, temporary);
    }
}
