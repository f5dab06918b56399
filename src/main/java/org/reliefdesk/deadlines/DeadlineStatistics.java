package org.reliefdesk.deadlines;

import java.time.LocalDate;
import java.util.Map;

/**
 * Deadlines met and missed per kind among those due in a period (for the reporting dashboard).
 * Missed = done late, or not done and already overdue; one still open and not yet due is
 * counted as open.
 *
 * @param counsellor whose cases, or {@code null} for all
 * @param byKind every kind, with zeros where none were due
 */
public record DeadlineStatistics(LocalDate from, LocalDate to, String counsellor, Map<DeadlineKind, Outcomes> byKind) {

    public DeadlineStatistics {
        byKind = Map.copyOf(byKind);
    }

    /**
     * @param met done on or before the due date
     * @param missed done after it, or not done and past it
     * @param open not done and not yet past due
     */
    public record Outcomes(long met, long missed, long open) {
    }

    public long met() {
        return byKind.values().stream().mapToLong(Outcomes::met).sum();
    }

    public long missed() {
        return byKind.values().stream().mapToLong(Outcomes::missed).sum();
    }
}
