package org.reliefdesk.creditrepair;

import java.time.Instant;
import org.reliefdesk.shared.Money;

/** The recorded outcome of a case: shown on the case and to the client. */
public record CreditOutcome(long caseId, int debtsSettled, Money amountWaived, int monthsTaken, String summary,
        String recordedBy, Instant recordedAt, long version) {
}
