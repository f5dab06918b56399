package org.reliefdesk.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who owns which case, for system jobs that run with nobody signed in (the deadline
 * engine's reconciliation, reminders). Never hand its answers to a user: a user's
 * access goes through {@link CaseAccess} and the services.
 */
@Component
public class CaseDirectory {

    private final CaseRepository cases;

    CaseDirectory(CaseRepository cases) {
        this.cases = cases;
    }

    /** Every case's id, oldest first. */
    @Transactional(readOnly = true)
    public List<Long> allCaseIds() {
        return cases.allIds();
    }

    /** The counsellor, client and stage of each of these cases that exists. */
    @Transactional(readOnly = true)
    public Map<Long, Owner> owners(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return cases.directory(caseIds).stream()
                .map(d -> new Owner(d.getId(), d.getCounsellor(), d.getClient(), d.getStage()))
                .collect(Collectors.toMap(Owner::caseId, Function.identity()));
    }

    /**
     * @param counsellor the counsellor's username
     * @param client the client's username, or {@code null} when the client has no login
     */
    public record Owner(long caseId, String counsellor, String client, Stage stage) {
    }
}
