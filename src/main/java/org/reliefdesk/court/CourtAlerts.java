package org.reliefdesk.court;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.reliefdesk.casefile.CaseAlert;
import org.reliefdesk.casefile.CaseAlertSource;
import org.springframework.stereotype.Component;

/** "答辩期 11月30日 届满（还剩 3 天）" at the top of the case page: court deadlines within 7 days or overdue. */
@Component
class CourtAlerts implements CaseAlertSource {

    private final CourtService court;
    private final Clock clock;

    CourtAlerts(CourtService court, Clock clock) {
        this.court = court;
        this.clock = clock;
    }

    @Override
    public List<CaseAlert> alertsFor(long caseId) {
        LocalDate today = LocalDate.now(clock.withZone(CourtDeadlines.BEIJING));
        return court.urgent(caseId).stream().map(v -> {
            long left = v.daysLeft(today);
            String key = left < 0 ? "court.alert.overdue" : "court.alert.due";
            return new CaseAlert(key, List.of(v.rule().responseZh(), v.lenderName(), v.dueOn().toString(),
                    Math.abs(left), v.rule().responseEn()), true);
        }).toList();
    }
}
