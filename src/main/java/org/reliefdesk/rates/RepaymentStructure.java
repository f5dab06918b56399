package org.reliefdesk.rates;

import org.reliefdesk.shared.Money;
import java.time.LocalDate;

/**
 * What a counsellor reads off a contract to generate its schedule. Principal, nominal rate
 * and term come from the debt itself; this adds what the debt record does not say.
 *
 * @param method how the loan is repaid
 * @param firstDueDate the first instalment's date; null means one month after the contract date
 * @param feePerInstalment a service fee (服务费) charged with every instalment; zero if none
 * @param termDays for {@link RepaymentMethod#BULLET}: days from the contract date to maturity; null means the
 *        debt's term in months, counted on the calendar
 */
public record RepaymentStructure(RepaymentMethod method, LocalDate firstDueDate, Money feePerInstalment,
        Integer termDays) {

    public RepaymentStructure {
        feePerInstalment = feePerInstalment == null ? Money.ZERO : feePerInstalment;
    }
}
