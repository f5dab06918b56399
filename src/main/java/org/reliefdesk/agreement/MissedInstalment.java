package org.reliefdesk.agreement;

import java.time.LocalDate;
import org.reliefdesk.shared.Money;

/** An instalment of a signed agreement that is past due and not fully paid. */
public record MissedInstalment(long caseId, long agreementId, String lenderName, LocalDate due, Money open) {
}
