package org.reliefdesk.creditrepair;

import java.time.LocalDate;

/**
 * One version of one rule, in force from {@code effectiveFrom} until a later version of
 * the same code starts. Rows are never updated: a change is a new row from a date.
 *
 * @param amount years, days or months, by {@link #code()}
 * @param practice true when the figure is counsellors' practice rather than law
 * @param source where it comes from, shown with the date it produces
 */
public record CreditRule(long id, RuleCode code, LocalDate effectiveFrom, int amount, boolean practice,
        String source) {

    public CreditRule {
        if (code == null || effectiveFrom == null || amount < 1) {
            throw new IllegalArgumentException("Inconsistent credit rule");
        }
    }

    /**
     * The date a rule of this code produces from {@code start}: the expiry of a negative record
     * (settlement + N years; 29 Feb gives 28 Feb in a year without one), the answer's due date
     * of a dispute (N calendar days after filing, counted from the day after), or the next check
     * (N months after the last; a missing day of month gives the month's last day).
     */
    public LocalDate applyTo(LocalDate start) {
        return switch (code) {
            case RETENTION_YEARS -> start.plusYears(amount);
            case DISPUTE_ANSWER_DAYS -> start.plusDays(amount);
            case RECHECK_MONTHS -> start.plusMonths(amount);
        };
    }
}
