package org.reliefdesk.casefile;

import java.time.Instant;

/** One row of a caseload. */
public record CaseSummary(
        long id,
        String clientName,
        Stage stage,
        String counsellorUsername,
        boolean urgentCourt,
        boolean urgentCollection,
        int priority,
        Long daysOverdue,
        Instant lastActivityAt) {
}
