package org.reliefdesk.casefile;

import java.util.Map;
import java.util.Set;

/**
 * What stage preconditions may look at in the case itself. Other modules'
 * preconditions look up their own data by {@link #caseId()}.
 *
 * @param openDebts the debts neither settled nor excluded, by id, with their lender's name
 */
public record CaseFacts(
        long caseId,
        Stage stage,
        boolean personalDataConsent,
        boolean sensitiveDataConsent,
        int debtCount,
        boolean budgetRecorded,
        Map<Long, String> openDebts) {

    public CaseFacts {
        openDebts = Map.copyOf(openDebts);
    }

    public Set<Long> openDebtIds() {
        return openDebts.keySet();
    }
}
