package org.reliefdesk.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reliefdesk.casefile.CaseAlert;
import org.reliefdesk.casefile.CaseAlertSource;
import org.reliefdesk.casefile.CaseloadBadgeSource;
import org.springframework.stereotype.Component;

/** Flags complaints whose answer is overdue: urgent on the case page, a badge on the caseload row. */
@Component
class ComplaintAlerts implements CaseAlertSource, CaseloadBadgeSource {

    private final ComplaintService complaints;
    private final Clock clock;

    ComplaintAlerts(ComplaintService complaints, Clock clock) {
        this.complaints = complaints;
        this.clock = clock;
    }

    @Override
    public List<CaseAlert> alertsFor(long caseId) {
        LocalDate today = LocalDate.now(clock.withZone(ComplaintService.CHINA));
        return complaints.overdue(caseId).stream()
                .map(c -> new CaseAlert("complaint.alert.overdue", List.of(c.respondentName(),
                        c.dueOn().toString(), ChronoUnit.DAYS.between(c.dueOn(), today)), true))
                .toList();
    }

    @Override
    public Map<Long, List<CaseAlert>> badgesFor(Collection<Long> caseIds) {
        Map<Long, List<CaseAlert>> badges = new HashMap<>();
        complaints.overdueCounts(caseIds).forEach((caseId, count) -> badges.put(caseId,
                List.of(new CaseAlert("complaint.badge.overdue", List.of(count), true))));
        return badges;
    }
}
