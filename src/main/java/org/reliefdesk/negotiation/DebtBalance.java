package org.reliefdesk.negotiation;

import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.shared.Money;

/**
 * What is owed on a debt today, as a proposal sees it. The debt records penalty
 * interest and late fees as one amount (罚息与违约金).
 */
public record DebtBalance(Money principal, Money interest, Money penaltiesAndFees) {

    public static DebtBalance of(DebtDetails debt) {
        return new DebtBalance(debt.outstandingPrincipal(), debt.outstandingInterest(), debt.outstandingPenalties());
    }

    public Money total() {
        return principal.plus(interest).plus(penaltiesAndFees);
    }
}
