package org.reliefdesk.collection;

import java.util.List;
import org.reliefdesk.casefile.CaseAlert;
import org.reliefdesk.casefile.CaseAlertSource;
import org.springframework.stereotype.Component;

/** "N incidents break conduct rules; consider a complaint" at the top of the case page. */
@Component
class IncidentAlerts implements CaseAlertSource {

    private final IncidentService incidents;

    IncidentAlerts(IncidentService incidents) {
        this.incidents = incidents;
    }

    @Override
    public List<CaseAlert> alertsFor(long caseId) {
        long flagged = incidents.flaggedCount(caseId);
        return flagged == 0 ? List.of() : List.of(new CaseAlert("collection.alert.flagged", List.of(flagged), false));
    }
}
