package org.reliefdesk.casefile;

/**
 * What stage preconditions may look at in the case itself. Other modules'
 * preconditions look up their own data by {@link #caseId()}.
 */
public record CaseFacts(
        long caseId,
        Stage stage,
        boolean personalDataConsent,
        boolean sensitiveDataConsent,
        int debtCount,
        boolean budgetRecorded) {
}
