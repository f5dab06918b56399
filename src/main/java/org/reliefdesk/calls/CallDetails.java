package org.reliefdesk.calls;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A call as the counsellor enters it.
 *
 * @param debtId the debt it was about, or null for the case as a whole
 * @param at when it took place (shown and entered in Asia/Shanghai time)
 * @param partyName the other side's name as they gave it; empty for the client
 * @param partyNumber the other side's number as typed (checked loosely); empty for the client,
 *        whose own number is already on the case
 * @param nextStepDue a Beijing date, only with a next step
 */
public record CallDetails(
        Long debtId,
        Instant at,
        CallDirection direction,
        CallParty party,
        String partyName,
        String partyNumber,
        Duration duration,
        String summary,
        CallOutcome outcome,
        String nextStep,
        LocalDate nextStepDue) {
}
