package org.reliefdesk.casefile;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.reliefdesk.audit.AuditEntry;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The allow-list of the client's timeline (decision 019): which audit actions a client sees
 * on their own case, and of each only which facts. Everything else (notes, reasons staff
 * wrote, reveals, reads, other people) stays on the staff timeline. The codes belong to
 * the modules that record them; naming them here needs no dependency on those modules.
 */
public final class ClientTimeline {

    /** Action code to the facts the client may see of it. */
    public static final Map<String, Set<String>> FACTS = Map.ofEntries(
            Map.entry("STAGE_MOVED", Set.of("from", "to")),
            Map.entry("REQUEST_MADE", Set.of("category", "due")),
            Map.entry("REQUEST_FULFILLED", Set.of("category")),
            Map.entry("REQUEST_CANCELLED", Set.of("category")),
            Map.entry("REQUEST_REOPENED", Set.of("category", "due")),
            Map.entry("AGREEMENT_SIGNED", Set.of("lender", "signedOn")),
            Map.entry("AGREEMENT_PAYMENT_RECORDED", Set.of("lender", "amount", "paidOn")),
            Map.entry("AGREEMENT_COMPLETED", Set.of("lender")),
            Map.entry("COMPLAINT_FILED", Set.of("date", "due")),
            Map.entry("COMPLAINT_ANSWERED", Set.of("date")));

    private ClientTimeline() {
    }

    /** The entry as its client sees it: allowed facts only. */
    static ClientEvent event(AuditEntry entry) {
        Set<String> allowed = FACTS.getOrDefault(entry.action(), Set.of());
        Map<String, String> facts = new HashMap<>();
        if (entry.details() != null && !entry.details().isBlank()) {
            Map<String, Object> stored = JsonMapper.shared().readValue(entry.details(), new TypeReference<>() { });
            stored.forEach((key, value) -> {
                if (allowed.contains(key) && value != null) {
                    facts.put(key, String.valueOf(value));
                }
            });
        }
        return new ClientEvent(entry.id(), entry.occurredAt(), entry.action(), facts);
    }
}
