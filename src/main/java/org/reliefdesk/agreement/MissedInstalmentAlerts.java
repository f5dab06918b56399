package org.reliefdesk.agreement;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reliefdesk.casefile.CaseAlert;
import org.reliefdesk.casefile.CaseAlertSource;
import org.reliefdesk.casefile.CaseloadBadgeSource;
import org.springframework.stereotype.Component;

/**
 * A missed instalment flags the case at once (urgent, naming lender, date and amount) and
 * its caseload row (one badge, whatever the count; asked once per page).
 */
@Component
class MissedInstalmentAlerts implements CaseAlertSource, CaseloadBadgeSource {

    private final AgreementService agreements;

    MissedInstalmentAlerts(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public List<CaseAlert> alertsFor(long caseId) {
        return agreements.missed(caseId).stream()
                .map(m -> new CaseAlert("agreement.alert.missed", List.of(m.lenderName(), m.due().toString(),
                        m.open().format()), true))
                .toList();
    }

    @Override
    public Map<Long, List<CaseAlert>> badgesFor(Collection<Long> caseIds) {
        Map<Long, List<CaseAlert>> out = new LinkedHashMap<>();
        agreements.missedOnCases(caseIds).keySet().forEach(caseId -> out.put(caseId,
                List.of(new CaseAlert("agreement.badge.missed", List.of(), true))));
        return out;
    }
}
