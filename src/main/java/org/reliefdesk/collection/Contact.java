package org.reliefdesk.collection;

import java.time.Instant;
import java.util.Set;

/**
 * One contact as the flag rules see it: an incident (with its id) or an imported call
 * attempt (id null, a call to the client). Pure data for {@link Flags}.
 *
 * @param collector the collector's normalised name
 * @param number the calling number, digits only, or empty
 */
record Contact(Long incidentId, Instant at, IncidentChannel channel, Reached reached,
               Set<IncidentCategory> categories, Boolean answered, Boolean automated, String collector,
               String number) {

    Contact {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }

    boolean isCall() {
        return channel == IncidentChannel.CALL;
    }
}
