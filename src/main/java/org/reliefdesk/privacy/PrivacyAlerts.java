package org.reliefdesk.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.reliefdesk.casefile.CaseAlert;
import org.reliefdesk.casefile.CaseAlertSource;
import org.springframework.stereotype.Component;

/**
 * Tells the counsellor on the case page that the client has an open correction or deletion
 * request (administrators decide it; the counsellor may need to correct the case data).
 * Urgent once the earliest open one is overdue.
 */
@Component
class PrivacyAlerts implements CaseAlertSource {

    private final PrivacyService privacy;
    private final Clock clock;

    PrivacyAlerts(PrivacyService privacy, Clock clock) {
        this.privacy = privacy;
        this.clock = clock;
    }

    @Override
    public List<CaseAlert> alertsFor(long caseId) {
        List<PrivacyRequestView> open = privacy.requestsOf(caseId).stream().filter(r -> r.status().open())
                .sorted(Comparator.comparing(PrivacyRequestView::dueOn)).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(PrivacyService.CHINA));
        PrivacyRequestView first = open.getFirst();
        return List.of(new CaseAlert("privacy.alert.open", List.of(open.size(), first.dueOn().toString()),
                first.overdueOn(today)));
    }
}
