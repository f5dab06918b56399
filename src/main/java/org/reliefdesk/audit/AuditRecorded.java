package org.reliefdesk.audit;

/**
 * Published inside the transaction that appended an audit entry. Listen with
 * {@code @TransactionalEventListener} to act only once the change is committed.
 *
 * @param entryId the entry's id
 * @param caseId the case it concerns, or {@code null} for entries about no case
 * @param action the entry's stable action code
 */
public record AuditRecorded(long entryId, Long caseId, String action) {
}
