package org.reliefdesk.creditrepair;

import java.time.LocalDate;

/** A credit report check as entered: when, from where, what it showed (staff notes). */
public record CreditCheckDraft(LocalDate checkedOn, CheckSource source, String findings) {
}
