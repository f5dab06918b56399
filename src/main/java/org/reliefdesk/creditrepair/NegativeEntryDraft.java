package org.reliefdesk.creditrepair;

import java.time.LocalDate;
import org.reliefdesk.shared.Money;

/**
 * A negative entry as entered: about a debt of the case ({@code debtId}), or about a lender
 * not on the case ({@code debtId} null, {@code lenderName} given).
 *
 * @param amount as the report shows it, or null
 * @param settledOn the day the default ended (the debt settled), or null while it has not
 */
public record NegativeEntryDraft(Long debtId, String lenderName, EntryKind kind, Money amount, LocalDate settledOn) {
}
