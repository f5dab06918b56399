package org.reliefdesk.rates;

import java.time.LocalDate;
import java.util.Objects;
import org.reliefdesk.shared.Money;

/**
 * One dated movement of money, seen from the borrower: positive is money the borrower
 * received, negative is money the borrower paid (instalments, interest, fees).
 */
public record CashFlow(LocalDate date, Money amount) {

    public CashFlow {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }

    public static CashFlow received(LocalDate date, Money amount) {
        return new CashFlow(date, amount);
    }

    public static CashFlow paid(LocalDate date, Money amount) {
        return new CashFlow(date, amount.negate());
    }
}
