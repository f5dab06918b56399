package org.reliefdesk.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A feature module's marks on caseload rows, e.g. a complaint whose answer is overdue.
 * Asked once per loaded page with that page's case ids, so a source answers with one
 * query, not one per row.
 */
public interface CaseloadBadgeSource {

    /**
     * The badges of those cases the current staff member may see; cases without any
     * are left out of the map. A badge's text is its {@link CaseAlert#messageKey()}.
     */
    Map<Long, List<CaseAlert>> badgesFor(Collection<Long> caseIds);
}
