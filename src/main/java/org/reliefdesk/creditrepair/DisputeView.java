package org.reliefdesk.creditrepair;

import java.time.LocalDate;

/**
 * A dispute and where it stands.
 *
 * @param dueOn the answer's due date under the rule in force on the filed date
 * @param overdue still awaiting its answer after the due date (Beijing today)
 */
public record DisputeView(long id, long caseId, Long entryId, LocalDate filedOn, String disputed, DisputeParty party,
        String institution, LocalDate dueOn, DisputeStatus status, LocalDate answeredOn, String outcomeText,
        LocalDate outcomeOn, boolean overdue, long version) {
}
