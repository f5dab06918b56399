package org.reliefdesk.privacy;

import java.time.LocalDate;

/**
 * How long an administrator has to answer a request filed on or after {@code effectiveFrom}:
 * {@code answerDays} calendar days counted from the day after it was received. A change is a new row.
 *
 * @param verified whether the source was checked against its text; the seeded row is a standard's practice, not law
 */
public record ResponseRule(long id, LocalDate effectiveFrom, int answerDays, String source, boolean verified) {

    public LocalDate dueOn(LocalDate receivedOn) {
        return receivedOn.plusDays(answerDays);
    }
}
