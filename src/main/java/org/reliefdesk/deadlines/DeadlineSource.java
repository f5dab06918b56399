package org.reliefdesk.deadlines;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A module's deadlines, read by the deadline engine. The engine asks after every audited
 * change of a case (so within the changing request, once it has committed) and for every
 * case in its nightly reconciliation, which runs with nobody signed in: an implementation
 * reads its own repositories, never a {@code @PreAuthorize}d service.
 */
public interface DeadlineSource {

    /** The kinds this source answers for; the engine replaces exactly these kinds' rows of the asked cases. */
    Set<DeadlineKind> kinds();

    /**
     * Every deadline of these cases that exists now, open or done; one that no longer
     * applies (a withdrawn complaint, a reversed agreement) is simply left out.
     * Answer with a constant number of queries, not one per case.
     */
    List<Deadline> deadlinesOf(Collection<Long> caseIds);
}
