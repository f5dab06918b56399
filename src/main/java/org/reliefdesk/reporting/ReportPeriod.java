package org.reliefdesk.reporting;

import java.time.LocalDate;

/** A report's period in Beijing days, both ends inclusive. */
public record ReportPeriod(LocalDate from, LocalDate to) {
}
