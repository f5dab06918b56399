package org.reliefdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplaintStatusTest {

    private static final Set<String> ALLOWED = Set.of(
            "DRAFT>FILED",
            "FILED>ACKNOWLEDGED", "FILED>ANSWERED", "FILED>ESCALATED", "FILED>CLOSED",
            "ACKNOWLEDGED>ANSWERED", "ACKNOWLEDGED>ESCALATED", "ACKNOWLEDGED>CLOSED",
            "ANSWERED>ESCALATED", "ANSWERED>CLOSED",
            "ESCALATED>CLOSED");

    @Test
    void every_pair_of_statuses_is_allowed_exactly_as_the_table_says() {
        int checked = 0;
        for (ComplaintStatus from : ComplaintStatus.values()) {
            for (ComplaintStatus to : ComplaintStatus.values()) {
                assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(ALLOWED.contains(from + ">" + to));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(36);
    }

    @Test
    void closed_is_final_and_only_filed_or_acknowledged_await_an_answer() {
        assertThat(ComplaintStatus.CLOSED.next()).isEmpty();
        assertThat(EnumSet.allOf(ComplaintStatus.class).stream().filter(ComplaintStatus::awaitingAnswer))
                .containsExactly(ComplaintStatus.FILED, ComplaintStatus.ACKNOWLEDGED);
    }
}
