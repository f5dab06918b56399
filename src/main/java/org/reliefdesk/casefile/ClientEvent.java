package org.reliefdesk.casefile;

import java.time.Instant;
import java.util.Map;

/**
 * An event of the case meant for its client: the action and only those facts the client may
 * see (see {@link ClientTimeline}); never who did it, from where, or the staff's summary.
 */
public record ClientEvent(long id, Instant occurredAt, String action, Map<String, String> facts) {

    public ClientEvent {
        facts = Map.copyOf(facts);
    }
}
