package org.reliefdesk.repayment;

import org.reliefdesk.shared.Money;

/** What the client sees of their plan: no internal data (who chose it, rates, balances per lender). */
public record PlanSummary(Strategy strategy, Money monthly, int months, Money totalPaid) {
}
