package org.reliefdesk.casefile;

import java.util.Collection;
import java.util.Set;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and work on which case, for {@code @PreAuthorize}. A missing case
 * and a forbidden one answer alike, so an id in a URL reveals nothing.
 */
@Component("caseAccess")
public class CaseAccess {

    private final CaseRepository cases;
    private final CurrentUser currentUser;

    CaseAccess(CaseRepository cases, CurrentUser currentUser) {
        this.cases = cases;
        this.currentUser = currentUser;
    }

    /** Staff working on the case: its counsellor, or an administrator. */
    @Transactional(readOnly = true)
    public boolean canWork(Long caseId) {
        if (caseId == null || currentUser.username().isEmpty()) {
            return false;
        }
        if (currentUser.hasRole(Role.ADMIN)) {
            return cases.existsById(caseId);
        }
        String me = currentUser.username().get();
        return currentUser.hasRole(Role.COUNSELLOR)
                && cases.findOwners(caseId).map(o -> me.equals(o.getCounsellor())).orElse(false);
    }

    /**
     * Of these cases, those the current staff member works on, in one query: for feature
     * modules that mark a page of the caseload (see {@link CaseloadBadgeSource}).
     */
    @Transactional(readOnly = true)
    public Set<Long> workable(Collection<Long> caseIds) {
        if (caseIds.isEmpty() || currentUser.username().isEmpty()) {
            return Set.of();
        }
        if (currentUser.hasRole(Role.ADMIN)) {
            return Set.copyOf(cases.existing(caseIds));
        }
        return currentUser.hasRole(Role.COUNSELLOR)
                ? Set.copyOf(cases.workedBy(caseIds, currentUser.username().get())) : Set.of();
    }

    /** Staff working on it, or the client whose case it is. */
    @Transactional(readOnly = true)
    public boolean canRead(Long caseId) {
        if (canWork(caseId)) {
            return true;
        }
        String me = currentUser.username().orElse(null);
        return me != null && currentUser.hasRole(Role.CLIENT)
                && cases.findOwners(caseId).map(o -> me.equals(o.getClient())).orElse(false);
    }
}
