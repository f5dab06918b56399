package org.reliefdesk.requests;

import java.time.Instant;
import java.time.LocalDate;
import org.reliefdesk.evidence.EvidenceCategory;

/**
 * A requested document as both sides see it.
 *
 * @param evidenceId the evidence item that fulfilled it, null unless fulfilled
 * @param reason why it was last cancelled or reopened, null if never
 */
public record DocumentRequestView(long id, long caseId, long version, EvidenceCategory category, String description,
        LocalDate dueOn, RequestStatus status, String requestedBy, Instant requestedAt, Long evidenceId,
        LocalDate fulfilledOn, String reason) {

    /** Open and its due date has passed on this Beijing date. */
    public boolean overdueOn(LocalDate today) {
        return status == RequestStatus.OPEN && dueOn.isBefore(today);
    }
}
