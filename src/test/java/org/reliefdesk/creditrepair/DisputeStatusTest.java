package org.reliefdesk.creditrepair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefdesk.creditrepair.DisputeStatus.ANSWERED;
import static org.reliefdesk.creditrepair.DisputeStatus.FILED;
import static org.reliefdesk.creditrepair.DisputeStatus.REJECTED;
import static org.reliefdesk.creditrepair.DisputeStatus.UPHELD;
import static org.reliefdesk.creditrepair.DisputeStatus.WITHDRAWN;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisputeStatusTest {

    private static final Map<DisputeStatus, Set<DisputeStatus>> ALLOWED = Map.of(
            FILED, Set.of(ANSWERED, WITHDRAWN),
            ANSWERED, Set.of(UPHELD, REJECTED, WITHDRAWN),
            UPHELD, Set.of(),
            REJECTED, Set.of(),
            WITHDRAWN, Set.of());

    @Test
    void every_pair_of_statuses_is_allowed_exactly_as_the_table_says() {
        for (DisputeStatus from : DisputeStatus.values()) {
            for (DisputeStatus to : DisputeStatus.values()) {
                assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void only_a_filed_dispute_awaits_its_answer_and_the_outcomes_end_it() {
        assertThat(FILED.awaitingAnswer()).isTrue();
        assertThat(ANSWERED.awaitingAnswer()).isFalse();
        assertThat(Set.of(UPHELD, REJECTED, WITHDRAWN)).allMatch(DisputeStatus::isFinal);
        assertThat(FILED.isFinal()).isFalse();
    }
}
