package org.reliefdesk.agreement;

import java.time.LocalDate;
import org.reliefdesk.shared.Money;

/**
 * An instalment with what has been allocated to it.
 *
 * @param paid the part of it paid so far
 * @param paidOn the date of the payment that completed it, or null while not fully paid
 */
public record InstalmentState(Instalment instalment, Money paid, LocalDate paidOn, InstalmentStatus status) {

    public Money open() {
        return instalment.amount().minus(paid);
    }
}
