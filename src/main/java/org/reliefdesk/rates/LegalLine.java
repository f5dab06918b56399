package org.reliefdesk.rates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A legal line on the total borrowing cost that applies to a debt, resolved for its contract
 * date (a 4× LPR line carries the LPR it was computed from). From reference data, not code.
 *
 * @param ratePercent the line as a nominal annual percentage; null for a {@link Consequence#NOTE}
 * @param lprPercent the 1-year LPR in force on the contract date, for LPR-based lines; else null
 */
public record LegalLine(String code, Consequence consequence, BigDecimal ratePercent, BigDecimal lprPercent,
        BigDecimal lprMultiple, LocalDate effectiveFrom, LocalDate effectiveTo, String ruleZh, String ruleEn) {

    public enum Consequence {
        /** A court cuts the cost down to the line when asked. */
        REDUCIBLE,
        /** The cost above the line is void. */
        VOID,
        /** No rate: a rule the client should know about. */
        NOTE
    }

    public boolean isLimit() {
        return ratePercent != null;
    }

    /** The rule cited, in Chinese unless the locale is English. */
    public String rule(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ruleEn : ruleZh;
    }
}
