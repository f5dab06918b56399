package org.reliefdesk.audit;

import java.time.Instant;

/**
 * One walk of the audit chain, as recorded.
 *
 * @param firstBrokenId the first entry that does not match, or {@code null} when the chain was intact
 * @param triggeredBy {@code schedule}, or the administrator's username
 */
public record VerificationRun(long id, Instant startedAt, Instant finishedAt, boolean intact, long entriesChecked,
        Long firstBrokenId, Trigger trigger, String triggeredBy) {

    public enum Trigger {
        SCHEDULE,
        ADMIN
    }
}
