package org.reliefdesk.complaint;

import java.util.Collection;
import java.util.List;

/**
 * Where a complaint finds the collection incidents it gathers. The collection module
 * implements it, so complaints never import the incident log and the two can grow apart.
 * Both methods are for staff who may work on the case, and check that themselves.
 */
public interface IncidentSource {

    /** All incidents of a case, newest first. */
    List<IncidentFact> incidentsOf(long caseId);

    /**
     * The given incidents of a case in time order (oldest first, as a letter tells them).
     *
     * @throws org.reliefdesk.shared.NotFoundException if an id is not an incident of that case
     */
    List<IncidentFact> incidents(long caseId, Collection<Long> incidentIds);
}
