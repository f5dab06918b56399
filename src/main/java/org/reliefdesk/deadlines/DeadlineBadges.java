package org.reliefdesk.deadlines;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reliefdesk.casefile.CaseAlert;
import org.reliefdesk.casefile.CaseloadBadgeSource;
import org.springframework.stereotype.Component;

/** Each caseload row's nearest deadline still to do (one query per page); urgent when overdue or court. */
@Component
class DeadlineBadges implements CaseloadBadgeSource {

    private final DeadlineService deadlines;

    DeadlineBadges(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public Map<Long, List<CaseAlert>> badgesFor(Collection<Long> caseIds) {
        Map<Long, List<CaseAlert>> out = new LinkedHashMap<>();
        deadlines.nearest(caseIds).forEach((caseId, d) -> out.put(caseId, List.of(new CaseAlert(
                "deadlines.badge." + d.kind().name(), List.of(d.dueOn().toString()),
                d.state() == DeadlineState.OVERDUE || d.urgent() || d.kind() == DeadlineKind.COURT_RESPONSE))));
        return out;
    }
}
