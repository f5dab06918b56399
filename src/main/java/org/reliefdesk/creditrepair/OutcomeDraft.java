package org.reliefdesk.creditrepair;

import org.reliefdesk.shared.Money;

/** The outcome summary as entered before closing a case from credit repair. */
public record OutcomeDraft(int debtsSettled, Money amountWaived, int monthsTaken, String summary) {
}
