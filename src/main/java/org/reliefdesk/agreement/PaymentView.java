package org.reliefdesk.agreement;

import java.time.Instant;
import java.time.LocalDate;
import org.reliefdesk.shared.Money;

/** A payment under an agreement; a reversed one stays listed with its reason. */
public record PaymentView(long id, long agreementId, LocalDate paidOn, Money amount, PaymentMethod method,
        String note, String recordedBy, Instant recordedAt, Instant reversedAt, String reversalReason,
        long version) {

    public boolean reversed() {
        return reversedAt != null;
    }
}
