package org.reliefdesk.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.reliefdesk.audit.AuditEntry;

class ClientTimelineTest {

    @Test
    void a_client_event_keeps_only_the_allowed_facts_never_the_reason_staff_wrote() {
        AuditEntry moved = new AuditEntry(5, Instant.parse("2026-03-02T02:00:00Z"), "counsellor", "10.0.0.1", 3L,
                "STAGE_MOVED", "case", "3", "Moved from INTAKE to NEGOTIATION: 客户情绪不稳定",
                "{\"from\":\"INTAKE\",\"reason\":\"客户情绪不稳定\",\"to\":\"NEGOTIATION\"}");
        ClientEvent event = ClientTimeline.event(moved);
        assertThat(event.action()).isEqualTo("STAGE_MOVED");
        assertThat(event.facts()).containsOnlyKeys("from", "to").containsEntry("to", "NEGOTIATION");
        assertThat(event.toString()).doesNotContain("情绪", "counsellor", "10.0.0.1");
    }

    @Test
    void internal_actions_are_not_on_the_allow_list() {
        assertThat(ClientTimeline.FACTS).doesNotContainKeys("ID_NUMBER_REVEALED", "MOBILE_REVEALED",
                "COMPLAINT_NOTE_ADDED", "MESSAGE_SENT", "EVIDENCE_VIEWED", "CASE_ASSIGNED");
        ClientEvent bare = ClientTimeline.event(new AuditEntry(6, Instant.EPOCH, "x", null, 3L, "COMPLAINT_FILED",
                null, null, "s", null));
        assertThat(bare.facts()).isEmpty();
    }
}
