package org.reliefdesk.casefile;

import java.util.Set;

/**
 * What stage preconditions may look at in the case itself. Other modules'
 * preconditions look up their own data by {@link #caseId()}.
 *
 * @param openDebtIds the debts neither settled nor excluded
 */
public record CaseFacts(
        long caseId,
        Stage stage,
        boolean personalDataConsent,
        boolean sensitiveDataConsent,
        int debtCount,
        boolean budgetRecorded,
        Set<Long> openDebtIds) {

    public CaseFacts {
        openDebtIds = Set.copyOf(openDebtIds);
    }
}
