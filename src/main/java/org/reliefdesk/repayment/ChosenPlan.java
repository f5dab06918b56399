package org.reliefdesk.repayment;

import java.time.Instant;
import org.reliefdesk.shared.Money;

/**
 * The case's plan as chosen, with the summary computed at that moment.
 *
 * @param version pass back to {@link RepaymentPlanService#choose} to change it
 * @param balance the open debts' total when the plan was chosen
 */
public record ChosenPlan(long caseId, long version, Strategy strategy, Money monthly, int months, Money totalPaid,
        Money totalInterest, Money balance, int debtCount, String chosenBy, Instant chosenAt) {
}
