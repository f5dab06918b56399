package org.reliefdesk.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A debt on the case page, with what the clock says about it today.
 *
 * @param trueAnnualPercent its true annual rate in percent when one is known (see {@link TrueRateSource}), else null
 * @param resolution whether it is still open, settled or excluded
 * @param resolvedOn the settlement (or exclusion) date, null while open
 * @param resolutionReason why it was excluded (or how it was settled), null while open
 * @param addedAt when it was added to the case
 */
public record DebtLine(long id, DebtDetails details, long daysOverdue, BigDecimal trueAnnualPercent,
                       DebtResolution resolution, LocalDate resolvedOn, String resolutionReason, Instant addedAt) {

    /** The rate that ranks the debt: its true rate when known, otherwise its contract's annual rate. */
    public boolean open() {
        return resolution == DebtResolution.OPEN;
    }

    public BigDecimal rankingPercent() {
        return trueAnnualPercent != null ? trueAnnualPercent : details.annualPercent();
    }
}
