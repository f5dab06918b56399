package org.reliefdesk.collection;

import java.time.Instant;
import java.util.List;

/**
 * A recorded incident with the rules it breaks, computed from the rules in force on its Beijing date.
 *
 * @param callId the abusive call it was made from, or null
 * @param flags the rules it breaks, in the order of their codes
 */
public record IncidentView(
        long id,
        long caseId,
        IncidentDetails details,
        Long callId,
        List<ConductRule> flags,
        String loggedBy,
        Instant loggedAt,
        Instant correctedAt,
        long version) {

    public IncidentView {
        flags = List.copyOf(flags);
    }
}
