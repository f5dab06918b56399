package org.reliefdesk.rates;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.reliefdesk.casefile.LenderType;

/**
 * One stored period of a legal line (table rates_line): the line applies to contracts made from
 * {@code effectiveFrom} to {@code effectiveTo} (open when null), for the listed lender types.
 */
public record LegalLineVersion(String code, LegalLine.Consequence consequence, BigDecimal fixedPercent,
        BigDecimal lprMultiple, LocalDate effectiveFrom, LocalDate effectiveTo, Set<LenderType> lenderTypes,
        String ruleZh, String ruleEn, String createdBy, Instant createdAt) {
}
