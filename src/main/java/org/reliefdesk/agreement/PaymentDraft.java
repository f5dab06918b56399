package org.reliefdesk.agreement;

import java.time.LocalDate;
import org.reliefdesk.shared.Money;

public record PaymentDraft(LocalDate paidOn, Money amount, PaymentMethod method, String note) {
}
