package org.reliefdesk.calls;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A logged call. The id is stable: evidence (a recording) and proposals link to it.
 *
 * @param correctedAt when it was last corrected, or null
 * @param nextStepDoneOn the Beijing date the next step was marked done, or null
 */
public record CallRecord(
        long id,
        long caseId,
        CallDetails details,
        String loggedBy,
        Instant loggedAt,
        Instant correctedAt,
        long version,
        LocalDate nextStepDoneOn) {

    public boolean abusive() {
        return details.outcome() == CallOutcome.ABUSIVE;
    }
}
