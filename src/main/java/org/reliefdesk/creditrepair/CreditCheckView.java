package org.reliefdesk.creditrepair;

import java.time.LocalDate;

/** A recorded credit report check; {@code findings} are staff notes, never shown to the client. */
public record CreditCheckView(long id, long caseId, LocalDate checkedOn, CheckSource source, String findings,
        long version) {
}
