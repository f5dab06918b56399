package org.reliefdesk.rates;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A new version of an existing legal line from a date. A fixed line takes {@code fixedPercent}, an
 * LPR-based line {@code lprMultiple}; a note neither. Consequence and lender types stay the line's.
 */
public record LineDraft(String code, LocalDate effectiveFrom, BigDecimal fixedPercent, BigDecimal lprMultiple,
        String ruleZh, String ruleEn) {
}
