package org.reliefdesk.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefdesk.casefile.CaseAlert;

class PauseAlertSourceTest {

    private static CollectionPause endingOn(LocalDate until) {
        return new CollectionPause(1, 1, 1, "借呗", until.minusMonths(2), until);
    }

    @Test
    void a_pause_ending_within_seven_beijing_days_is_shown_and_urgent_in_its_last_two() {
        // 2026-03-01 20:00 UTC is already 2026-03-02 in Beijing.
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T20:00:00Z"), java.time.ZoneId.of("Asia/Shanghai"));
        LocalDate today = LocalDate.now(clock);
        assertThat(today).isEqualTo(LocalDate.of(2026, 3, 2));

        List<CaseAlert> alerts = PauseAlertSource.alerts(List.of(endingOn(today.minusDays(1)), endingOn(today),
                endingOn(today.plusDays(3)), endingOn(today.plusDays(7)), endingOn(today.plusDays(8))), today);

        assertThat(alerts).extracting(a -> a.params().get(1))
                .containsExactly("2026-03-02", "2026-03-05", "2026-03-09");
        assertThat(alerts).extracting(CaseAlert::urgent).containsExactly(true, false, false);
        assertThat(alerts.getFirst().messageKey()).isEqualTo("negotiation.alert.pauseEnds");
        assertThat(alerts.getFirst().params()).containsExactly("借呗", "2026-03-02", 0L);
    }
}
