package org.reliefdesk.creditrepair;

import java.time.LocalDate;
import org.reliefdesk.shared.Money;

/**
 * A negative entry with its expiry: settlement + the retention years in force on the
 * settlement date; null while not settled (the five years have not started).
 */
public record NegativeEntryView(long id, long checkId, Long debtId, String lenderName, EntryKind kind, Money amount,
        LocalDate settledOn, LocalDate expiresOn, long version) {

    /** The countdown to the expiry, or null while the entry is not settled. */
    public Countdown countdown(LocalDate today) {
        return expiresOn == null ? null : Countdown.between(today, expiresOn);
    }
}
