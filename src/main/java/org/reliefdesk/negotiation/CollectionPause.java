package org.reliefdesk.negotiation;

import java.time.LocalDate;

/** An agreed pause of collection (停催) on one debt, with its first and last day (Beijing dates). */
public record CollectionPause(long proposalId, long caseId, long debtId, String lenderName, LocalDate from,
        LocalDate until) {
}
