package org.reliefdesk.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;

/**
 * A debt as entered by the counsellor. {@code amountReceived} below
 * {@code contractPrincipal} means interest was taken up front (砍头息).
 */
public record DebtDetails(
        String lenderName,
        LenderType lenderType,
        String product,
        LocalDate contractDate,
        Money contractPrincipal,
        Money amountReceived,
        Money upfrontFees,
        BigDecimal nominalRate,
        RateBasis rateBasis,
        Integer termMonths,
        Money paidSoFar,
        Money outstandingPrincipal,
        Money outstandingInterest,
        Money outstandingPenalties,
        LocalDate overdueSince,
        String collectorAgency,
        boolean legalAction) {

    /** Nominal rates are entered in percent; above this per basis they are surely a typo. */
    private static final BigDecimal MAX_ANNUAL_PERCENT = new BigDecimal("1000");

    public Money outstanding() {
        return outstandingPrincipal.plus(outstandingInterest).plus(outstandingPenalties);
    }

    /** Checks every field; the first problem is thrown with a key naming the field. */
    void validate(LocalDate today) {
        if (lenderName == null || lenderName.isBlank() || lenderName.length() > 200) {
            throw new InvalidValueException("debt.error.lenderName");
        }
        require(lenderType != null, "debt.error.lenderType");
        require(rateBasis != null, "debt.error.rateBasis");
        require(contractPrincipal != null && contractPrincipal.isPositive(), "debt.error.contractPrincipal");
        require(amountReceived != null && !amountReceived.isNegative(), "debt.error.amountReceived");
        for (Money amount : new Money[] {upfrontFees, paidSoFar, outstandingPrincipal, outstandingInterest,
                outstandingPenalties}) {
            require(amount != null && !amount.isNegative(), "debt.error.negativeAmount");
        }
        require(nominalRate != null && nominalRate.signum() >= 0
                && annualPercent().compareTo(MAX_ANNUAL_PERCENT) <= 0, "debt.error.nominalRate");
        require(termMonths == null || (termMonths > 0 && termMonths <= 600), "debt.error.termMonths");
        require(contractDate == null || !contractDate.isAfter(today), "debt.error.contractDateFuture");
        require(overdueSince == null || !overdueSince.isAfter(today), "debt.error.overdueSinceFuture");
        require(overdueSince == null || contractDate == null || !overdueSince.isBefore(contractDate),
                "debt.error.overdueBeforeContract");
    }

    /** The nominal rate as an annual percentage (simple, not compounded), for ordering and sanity checks. */
    public BigDecimal annualPercent() {
        return switch (rateBasis) {
            case ANNUAL -> nominalRate;
            case MONTHLY -> nominalRate.multiply(BigDecimal.valueOf(12));
            case DAILY -> nominalRate.multiply(BigDecimal.valueOf(365));
        };
    }

    private static void require(boolean condition, String key) {
        if (!condition) {
            throw new InvalidValueException(key);
        }
    }
}
