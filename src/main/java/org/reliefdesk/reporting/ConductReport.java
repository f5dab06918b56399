package org.reliefdesk.reporting;

import java.time.LocalDate;
import java.util.List;
import org.reliefdesk.collection.ViolationCount;
import org.reliefdesk.complaint.ComplaintCount;

/**
 * Collection conduct across all cases over a period: violations by collector and
 * complaints by respondent, each ordered with the worst first.
 *
 * @param from the first Beijing day, inclusive
 * @param to the last Beijing day, inclusive
 * @param violations one row per collector and violation type
 * @param complaints one row per respondent, channel and status
 */
public record ConductReport(LocalDate from, LocalDate to, List<ViolationCount> violations,
                            List<ComplaintCount> complaints) {

    public ConductReport {
        violations = List.copyOf(violations);
        complaints = List.copyOf(complaints);
    }

    public boolean isEmpty() {
        return violations.isEmpty() && complaints.isEmpty();
    }
}
