package org.reliefdesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;

class SchedulesTest {

    @Test
    void instalments_sum_exactly_to_the_total_and_the_last_absorbs_the_remainder() {
        List<Instalment> s = Schedules.monthly(Money.of("1000.00"), 3, LocalDate.of(2026, 5, 10));
        assertThat(s).extracting(Instalment::amount)
                .containsExactly(Money.of("333.33"), Money.of("333.33"), Money.of("333.34"));
        assertThat(Schedules.sum(s)).isEqualTo(Money.of("1000.00"));
        assertThat(s).extracting(Instalment::number).containsExactly(1, 2, 3);
    }

    @Test
    void a_remainder_below_the_even_share_is_absorbed_too() {
        List<Instalment> s = Schedules.monthly(Money.of("100.00"), 6, LocalDate.of(2026, 5, 10));
        assertThat(s.getFirst().amount()).isEqualTo(Money.of("16.67"));
        assertThat(s.getLast().amount()).isEqualTo(Money.of("16.65"));
        assertThat(Schedules.sum(s)).isEqualTo(Money.of("100.00"));
    }

    @Test
    void month_end_dates_clamp_per_month_from_the_original_day_without_drifting() {
        List<Instalment> s = Schedules.monthly(Money.of("400"), 4, LocalDate.of(2026, 1, 31));
        assertThat(s).extracting(Instalment::due).containsExactly(LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30));
    }

    @Test
    void a_leap_year_february_ends_on_the_29th() {
        List<Instalment> s = Schedules.monthly(Money.of("300"), 3, LocalDate.of(2028, 1, 31));
        assertThat(s).extracting(Instalment::due).containsExactly(LocalDate.of(2028, 1, 31),
                LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31));
    }

    @Test
    void a_settlement_is_one_instalment() {
        List<Instalment> s = Schedules.oneOff(Money.of("2500.50"), LocalDate.of(2026, 6, 1));
        assertThat(s).containsExactly(new Instalment(1, LocalDate.of(2026, 6, 1), Money.of("2500.50")));
    }

    @Test
    void nothing_to_pay_or_no_instalments_is_refused() {
        assertThatThrownBy(() -> Schedules.monthly(Money.ZERO, 3, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Schedules.monthly(Money.of("10"), 0, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(InvalidValueException.class);
    }
}
