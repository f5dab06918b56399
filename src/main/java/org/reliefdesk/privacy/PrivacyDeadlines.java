package org.reliefdesk.privacy;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.reliefdesk.deadlines.Deadline;
import org.reliefdesk.deadlines.DeadlineKind;
import org.reliefdesk.deadlines.DeadlineSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each correction or deletion request is a deadline: due on the date fixed when it came in,
 * done on the date it was decided (done or refused). Read from the repository: the engine
 * runs this with nobody signed in. No case tab: administrators answer on /admin/privacy-requests.
 */
@Component
class PrivacyDeadlines implements DeadlineSource {

    private final PrivacyRequestRepository requests;

    PrivacyDeadlines(PrivacyRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public Set<DeadlineKind> kinds() {
        return Set.of(DeadlineKind.PRIVACY_REQUEST);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Deadline> deadlinesOf(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return requests.findByCaseIdIn(caseIds).stream()
                .map(r -> new Deadline(DeadlineKind.PRIVACY_REQUEST, r.caseId(), String.valueOf(r.id()), r.dueOn(),
                        r.decidedOn(), "privacy.deadline." + r.kind().name(), List.of(), null, false,
                        r.ruleSource()))
                .toList();
    }
}
