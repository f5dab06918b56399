package org.reliefdesk.creditrepair;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reliefdesk.casefile.CaseAlert;
import org.reliefdesk.casefile.CaseAlertSource;
import org.reliefdesk.casefile.CaseloadBadgeSource;
import org.springframework.stereotype.Component;

/**
 * Flags disputes whose answer is overdue (urgent on the case page, a badge on the caseload
 * row) and a credit report check due within {@value #CHECK_WARNING_DAYS} days or overdue,
 * while the case's outcome is not recorded yet.
 */
@Component
class CreditAlerts implements CaseAlertSource, CaseloadBadgeSource {

    static final int CHECK_WARNING_DAYS = 30;

    private final CreditRepairService credit;
    private final Clock clock;

    CreditAlerts(CreditRepairService credit, Clock clock) {
        this.credit = credit;
        this.clock = clock;
    }

    @Override
    public List<CaseAlert> alertsFor(long caseId) {
        LocalDate today = LocalDate.now(clock.withZone(CreditRepairService.CHINA));
        List<CaseAlert> alerts = new ArrayList<>();
        credit.overdueDisputes(caseId).forEach(d -> alerts.add(new CaseAlert("creditrepair.alert.disputeOverdue",
                List.of(d.filedOn().toString(), d.dueOn().toString(), ChronoUnit.DAYS.between(d.dueOn(), today)),
                true)));
        if (credit.outcome(caseId).isEmpty()) {
            credit.nextCheckOn(caseId).ifPresent(due -> {
                long days = ChronoUnit.DAYS.between(today, due);
                if (days < 0) {
                    alerts.add(new CaseAlert("creditrepair.alert.checkOverdue", List.of(due.toString(), -days),
                            false));
                } else if (days <= CHECK_WARNING_DAYS) {
                    alerts.add(new CaseAlert("creditrepair.alert.checkDue", List.of(due.toString(), days), false));
                }
            });
        }
        return alerts;
    }

    @Override
    public Map<Long, List<CaseAlert>> badgesFor(Collection<Long> caseIds) {
        Map<Long, List<CaseAlert>> badges = new HashMap<>();
        credit.overdueCounts(caseIds).forEach((caseId, count) -> badges.put(caseId,
                List.of(new CaseAlert("creditrepair.badge.disputeOverdue", List.of(count), true))));
        return badges;
    }
}
