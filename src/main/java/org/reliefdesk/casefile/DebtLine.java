package org.reliefdesk.casefile;

import java.math.BigDecimal;

/**
 * A debt on the case page, with what the clock says about it today.
 *
 * @param trueAnnualPercent its true annual rate in percent when one is known (see {@link TrueRateSource}), else null
 */
public record DebtLine(long id, DebtDetails details, long daysOverdue, BigDecimal trueAnnualPercent) {

    /** The rate that ranks the debt: its true rate when known, otherwise its contract's annual rate. */
    public BigDecimal rankingPercent() {
        return trueAnnualPercent != null ? trueAnnualPercent : details.annualPercent();
    }
}
