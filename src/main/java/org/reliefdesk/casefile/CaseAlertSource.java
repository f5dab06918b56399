package org.reliefdesk.casefile;

import java.util.List;

/** A feature module's alerts for one case, e.g. a pause of collection that ends soon. */
public interface CaseAlertSource {

    /** The alerts for a case the current user may work on; empty when there are none. */
    List<CaseAlert> alertsFor(long caseId);
}
