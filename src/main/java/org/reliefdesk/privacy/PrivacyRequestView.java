package org.reliefdesk.privacy;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A correction or deletion request as its client and the administrators see it.
 *
 * @param sectionKey the data section it is about ({@link PersonalDataSection#key()}), or {@code other}
 * @param outcome what was changed (done) or why it was refused (refused); {@code null} while open
 */
public record PrivacyRequestView(long id, long caseId, String clientUsername, RequestKind kind, String sectionKey,
        String what, String why, RequestStatus status, Instant receivedAt, LocalDate receivedOn, LocalDate dueOn,
        String ruleSource, LocalDate decidedOn, String decidedBy, String outcome, long version) {

    public boolean overdueOn(LocalDate today) {
        return status.open() && today.isAfter(dueOn);
    }
}
