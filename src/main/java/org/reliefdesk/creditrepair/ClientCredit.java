package org.reliefdesk.creditrepair;

import java.time.LocalDate;
import java.util.List;

/**
 * What the client sees of their credit repair: the negative entries and their expiry, the
 * disputes and their status, the next check date and the outcome once recorded. No
 * findings notes.
 */
public record ClientCredit(List<NegativeEntryView> entries, List<DisputeView> disputes, LocalDate nextCheckOn,
        CreditOutcome outcome) {
}
