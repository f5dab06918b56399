package org.reliefdesk.requests;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.reliefdesk.deadlines.Deadline;
import org.reliefdesk.deadlines.DeadlineKind;
import org.reliefdesk.deadlines.DeadlineSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requested documents as deadlines: due on the date the counsellor set, done on the Beijing date
 * the upload fulfilled it; cancelled ones are no deadline. No access check: the engine filters.
 */
@Component
class RequestDeadlines implements DeadlineSource {

    static final String TAB = "requests.tab";

    private final DocumentRequestRepository requests;

    RequestDeadlines(DocumentRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public Set<DeadlineKind> kinds() {
        return Set.of(DeadlineKind.DOCUMENT_REQUEST);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Deadline> deadlinesOf(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return requests.findLive(caseIds).stream().map(RequestDeadlines::deadline).toList();
    }

    static Deadline deadline(DocumentRequest r) {
        return new Deadline(DeadlineKind.DOCUMENT_REQUEST, r.caseId(), String.valueOf(r.id()), r.dueOn(),
                r.status() == RequestStatus.FULFILLED ? r.fulfilledOn() : null,
                "requests.deadline." + r.category(), List.of(), TAB, false, null);
    }
}
