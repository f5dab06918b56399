package org.reliefdesk.reporting;

import java.time.LocalDate;
import java.util.List;
import org.reliefdesk.deadlines.DeadlineKind;

/**
 * Deadlines met vs missed for the dashboard (decision 022), implemented from the deadline
 * engine by {@link EngineDeadlineOutcomes}. Without such a bean the dashboard says the figures
 * are not available rather than showing made-up ones.
 *
 * <p>Called by {@link DashboardService} after it has checked the caller and narrowed the
 * counsellor (a counsellor always gets their own name here), so an implementation filters by
 * {@code counsellor} and does no access check of its own.
 */
public interface DeadlineOutcomes {

    /**
     * Deadlines due in the period (Beijing dates, both ends inclusive), by kind.
     *
     * @param counsellor only deadlines of this counsellor's cases; {@code null} for all cases
     */
    List<Outcome> outcomes(LocalDate from, LocalDate to, String counsellor);

    /**
     * @param met done on or before the due date
     * @param missed done after the due date, or not done and the due date has passed
     * @param open not done and not yet past due
     */
    record Outcome(DeadlineKind kind, long met, long missed, long open) {
    }
}
