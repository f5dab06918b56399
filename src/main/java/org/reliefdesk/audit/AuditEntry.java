package org.reliefdesk.audit;

import java.time.Instant;

/** An audit row as stored. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String remoteAddress,
        Long caseId,
        String action,
        String targetType,
        String targetId,
        String summary,
        String details) {
}
