package org.reliefdesk.negotiation;

import java.util.List;
import org.reliefdesk.shared.Money;

/**
 * What a proposal asks of the client, worked out by {@link PaymentPlans}.
 *
 * @param shape how the money is paid
 * @param monthly the monthly amount that counts against the budget (the largest regular payment);
 *        zero for a settlement, whose money is a one-off
 * @param oneOff what is due in one go for a settlement ({@link Shape#LUMP_SUM}), else zero; never
 *        part of the monthly figure
 * @param total what the client pays in all under the proposal
 * @param payments the payments in order (empty for a pause alone)
 * @param deferredMonths months without payment before the first one (extension and pause)
 * @param balance the debt's balance (principal + interest + penalties and fees) the plan was worked
 *        out from: today's for a draft, the balance when it was sent or accepted for a stored plan
 */
public record PlanPayment(Shape shape, Money monthly, Money oneOff, Money total, List<Money> payments,
        int deferredMonths, Money balance) {

    public PlanPayment {
        payments = List.copyOf(payments);
    }

    /** A settlement: its money is due in one go, not month by month. */
    public boolean isOneOff() {
        return shape == Shape.LUMP_SUM;
    }

    public enum Shape {
        /** Equal monthly instalments, the last one absorbing the rounding. */
        INSTALMENTS,
        /** Extension alone: the balance is due at once when it ends; {@code monthly} is what to set aside each month. */
        SAVE_FOR_LUMP_SUM,
        /** Waivers or a discount alone: the reduced balance is paid in one go (a settlement). */
        LUMP_SUM,
        /** A pause alone: nothing during the pause, and no plan yet for afterwards. */
        PAUSE_ONLY
    }

    /** A pause alone only buys time: afterwards the debt still needs a plan. */
    public boolean temporary() {
        return shape == Shape.PAUSE_ONLY;
    }
}
