package org.reliefdesk.audit;

/**
 * One entry to append to the audit trail.
 *
 * @param actor who acted: a username, or {@code system}
 * @param remoteAddress the client address, when there was a request
 * @param caseId the case concerned, if any
 * @param action a stable code, e.g. {@code ACCOUNT_DISABLED}
 * @param targetType what kind of thing was acted upon, e.g. {@code account}
 * @param targetId which one
 * @param summary a readable sentence
 * @param details optional structured detail (JSON text), hashed byte for byte
 */
public record AuditRecord(
        String actor,
        String remoteAddress,
        Long caseId,
        String action,
        String targetType,
        String targetId,
        String summary,
        String details) {
}
