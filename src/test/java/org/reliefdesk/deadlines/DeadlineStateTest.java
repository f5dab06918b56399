package org.reliefdesk.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlineStateTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 10);

    @Test
    void an_open_deadline_is_open_before_its_day_due_on_it_and_overdue_after() {
        assertThat(DeadlineState.of(DUE, null, DUE.minusDays(1))).isEqualTo(DeadlineState.OPEN);
        assertThat(DeadlineState.of(DUE, null, DUE)).isEqualTo(DeadlineState.DUE_TODAY);
        assertThat(DeadlineState.of(DUE, null, DUE.plusDays(1))).isEqualTo(DeadlineState.OVERDUE);
    }

    @Test
    void a_done_deadline_is_met_on_or_before_its_day_and_late_after_whatever_today_is() {
        assertThat(DeadlineState.of(DUE, DUE, DUE.plusDays(30))).isEqualTo(DeadlineState.MET);
        assertThat(DeadlineState.of(DUE, DUE.minusDays(3), DUE.minusDays(5))).isEqualTo(DeadlineState.MET);
        assertThat(DeadlineState.of(DUE, DUE.plusDays(1), DUE.plusDays(1))).isEqualTo(DeadlineState.LATE);
        assertThat(DeadlineState.LATE.missed()).isTrue();
        assertThat(DeadlineState.OVERDUE.missed()).isTrue();
        assertThat(DeadlineState.MET.missed()).isFalse();
    }

    @Test
    void a_date_to_watch_is_over_once_its_day_has_passed_never_overdue() {
        assertThat(DeadlineState.of(DeadlineKind.COLLECTION_PAUSE_END, DUE, null, DUE))
                .isEqualTo(DeadlineState.DUE_TODAY);
        assertThat(DeadlineState.of(DeadlineKind.COLLECTION_PAUSE_END, DUE, null, DUE.plusDays(1)))
                .isEqualTo(DeadlineState.MET);
        assertThat(DeadlineState.of(DeadlineKind.INSTALMENT, DUE, null, DUE.plusDays(1)))
                .isEqualTo(DeadlineState.OVERDUE);
    }

    @Test
    void the_day_turns_at_midnight_in_beijing_not_in_utc() {
        // Both instants fall on 10 March UTC; in Beijing the first is 23:59 on 10 March, the second 00:01 on 11 March.
        LocalDate lateEvening = DeadlineState.beijingDate(Instant.parse("2026-03-10T15:59:00Z"));
        LocalDate afterMidnight = DeadlineState.beijingDate(Instant.parse("2026-03-10T16:01:00Z"));
        assertThat(lateEvening).isEqualTo(DUE);
        assertThat(afterMidnight).isEqualTo(DUE.plusDays(1));
        assertThat(DeadlineState.of(DUE, null, lateEvening)).isEqualTo(DeadlineState.DUE_TODAY);
        assertThat(DeadlineState.of(DUE, null, afterMidnight)).isEqualTo(DeadlineState.OVERDUE);
        // 07:30 Beijing on 11 March is still 10 March in UTC.
        assertThat(DeadlineState.beijingDate(Instant.parse("2026-03-10T23:30:00Z"))).isEqualTo(DUE.plusDays(1));
    }
}
