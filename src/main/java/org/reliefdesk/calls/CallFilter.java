package org.reliefdesk.calls;

import java.time.LocalDate;

/**
 * Which calls of a case to list; null fields do not filter.
 *
 * @param from first Beijing date included
 * @param to last Beijing date included
 */
public record CallFilter(Long debtId, CallParty party, CallOutcome outcome, LocalDate from, LocalDate to) {

    public static final CallFilter ALL = new CallFilter(null, null, null, null, null);
}
