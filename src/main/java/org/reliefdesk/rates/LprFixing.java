package org.reliefdesk.rates;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One LPR publication that changed the rates (table rates_lpr), in percent; in force until the next. */
public record LprFixing(LocalDate effectiveFrom, BigDecimal oneYear, BigDecimal fiveYear, String source,
        String createdBy, Instant createdAt) {
}
