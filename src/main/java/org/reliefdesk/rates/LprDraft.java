package org.reliefdesk.rates;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A new LPR publication as an administrator types it: its date, both rates in percent, and the source. */
public record LprDraft(LocalDate effectiveFrom, BigDecimal oneYear, BigDecimal fiveYear, String source) {
}
