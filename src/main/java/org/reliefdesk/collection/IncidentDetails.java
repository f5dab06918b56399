package org.reliefdesk.collection;

import java.time.Instant;
import java.util.Set;

/**
 * An incident as the counsellor enters it.
 *
 * @param debtId the debt it concerns, or null
 * @param at when it happened (entered and shown in Beijing time)
 * @param collectorName the lender or agency as named
 * @param agency true when a collection agency acted, not the lender itself
 * @param collectorNumber the number or account it came from, or empty
 * @param answered for calls: whether it was answered (null when not known or not a call)
 * @param automated for calls: whether it was an automated (robot) call
 */
public record IncidentDetails(
        Long debtId,
        Instant at,
        IncidentChannel channel,
        String collectorName,
        boolean agency,
        String collectorNumber,
        Reached reached,
        Set<IncidentCategory> categories,
        Boolean answered,
        Boolean automated,
        String description) {

    public IncidentDetails {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }
}
