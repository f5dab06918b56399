package org.reliefdesk.agreement;

import java.time.LocalDate;
import org.reliefdesk.shared.Money;

/**
 * What a client sees of one agreement: no notes, no internal fields.
 *
 * @param nextDue the next open instalment's date, null when all are paid
 * @param nextAmount what is still open on that instalment
 */
public record AgreementProgress(long agreementId, String lenderName, AgreementStatus status, Money agreedTotal,
        Money paid, Money remaining, LocalDate nextDue, Money nextAmount, int missedCount) {
}
