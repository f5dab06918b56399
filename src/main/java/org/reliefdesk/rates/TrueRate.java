package org.reliefdesk.rates;

import java.math.BigDecimal;

/**
 * The true annual cost of a loan, from its cash flows (decision 007).
 *
 * @param status whether a rate exists
 * @param effectiveAnnualPercent the effective annual rate (EAR), in percent; null unless {@link Status#RATE} or
 *        {@link Status#ABSURD}
 * @param nominalAprPercent the equivalent nominal APR, 12 × the monthly rate, in percent (what Chinese lenders
 *        must disclose as 年化利率 under the IRR method); null like the EAR
 * @param linePercent the simple annual rate compared with the legal lines, in percent, as courts count it: simple
 *        interest on the principal received for the time it was outstanding (for one repayment
 *        (paid ÷ received − 1) ÷ years; for monthly instalments it equals the APR); null like the EAR
 */
public record TrueRate(Status status, BigDecimal effectiveAnnualPercent, BigDecimal nominalAprPercent,
        BigDecimal linePercent) {

    public enum Status {
        /** A rate exists and is plausible. */
        RATE,
        /** The borrower paid back no more than was received: the loan cost nothing (rate at or below zero). */
        NO_COST,
        /** No rate exists: money only went one way, or there are no flows at all. */
        NO_RATE,
        /**
         * A nominal APR above 100,000% a year: almost surely a typing error (the APR and EAR given are lower
         * bounds; the line rate is still computed).
         */
        ABSURD,
        /** The debt lacks what the computation needs (contract date, term). */
        MISSING_DATA
    }

    public static TrueRate none(Status status) {
        return new TrueRate(status, null, null, null);
    }

    public boolean exists() {
        return status == Status.RATE || status == Status.ABSURD;
    }
}
