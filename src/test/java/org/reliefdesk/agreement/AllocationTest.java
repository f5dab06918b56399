package org.reliefdesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefdesk.agreement.Allocation.Paid;
import org.reliefdesk.shared.Money;

class AllocationTest {

    private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);
    private final List<Instalment> schedule = Schedules.monthly(Money.of("300"), 3, JAN_31);

    private static Paid paid(long id, LocalDate on, String amount) {
        return new Paid(id, on, Money.of(amount));
    }

    @Test
    void a_partial_payment_leaves_the_first_instalment_partly_paid_until_its_due_date_passes() {
        List<Paid> payments = List.of(paid(1, LocalDate.of(2026, 1, 20), "40"));
        Allocation.Result before = Allocation.allocate(schedule, payments, JAN_31);
        assertThat(before.instalments().getFirst().status()).isEqualTo(InstalmentStatus.PARTLY_PAID);
        assertThat(before.instalments().getFirst().paid()).isEqualTo(Money.of("40"));
        assertThat(before.remaining()).isEqualTo(Money.of("260"));
        Allocation.Result after = Allocation.allocate(schedule, payments, JAN_31.plusDays(1));
        assertThat(after.instalments().getFirst().status()).isEqualTo(InstalmentStatus.MISSED);
        assertThat(after.missed()).hasSize(1);
    }

    @Test
    void an_over_payment_flows_to_the_next_instalments_and_beyond_the_last_becomes_credit() {
        Allocation.Result r = Allocation.allocate(schedule, List.of(paid(1, LocalDate.of(2026, 1, 5), "150")),
                LocalDate.of(2026, 1, 10));
        assertThat(r.instalments()).extracting(InstalmentState::status)
                .containsExactly(InstalmentStatus.PAID, InstalmentStatus.PARTLY_PAID, InstalmentStatus.UPCOMING);
        assertThat(r.instalments().get(1).paid()).isEqualTo(Money.of("50"));
        assertThat(r.next().instalment().number()).isEqualTo(2);
        Allocation.Result all = Allocation.allocate(schedule, List.of(paid(1, LocalDate.of(2026, 1, 5), "150"),
                paid(2, LocalDate.of(2026, 1, 6), "200")), LocalDate.of(2026, 1, 10));
        assertThat(all.complete()).isTrue();
        assertThat(all.credit()).isEqualTo(Money.of("50"));
        assertThat(all.paid()).isEqualTo(Money.of("350"));
        assertThat(all.remaining()).isEqualTo(Money.ZERO);
    }

    @Test
    void a_payment_completing_an_instalment_after_its_due_date_is_paid_late() {
        Allocation.Result r = Allocation.allocate(schedule, List.of(paid(1, LocalDate.of(2026, 1, 31), "60"),
                paid(2, LocalDate.of(2026, 2, 3), "40")), LocalDate.of(2026, 2, 5));
        assertThat(r.instalments().getFirst().status()).isEqualTo(InstalmentStatus.PAID_LATE);
        assertThat(r.instalments().getFirst().paidOn()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(r.instalments().get(1).status()).isEqualTo(InstalmentStatus.UPCOMING);
    }

    @Test
    void payments_are_allocated_in_date_order_whatever_order_they_were_recorded_in() {
        Allocation.Result r = Allocation.allocate(schedule, List.of(paid(2, LocalDate.of(2026, 2, 20), "100"),
                paid(1, LocalDate.of(2026, 1, 30), "100")), LocalDate.of(2026, 2, 21));
        assertThat(r.instalments().get(0).status()).isEqualTo(InstalmentStatus.PAID);
        assertThat(r.instalments().get(1).status()).isEqualTo(InstalmentStatus.PAID);
    }

    @Test
    void a_reversed_payment_left_out_reopens_what_it_paid() {
        List<Paid> kept = List.of();
        Allocation.Result r = Allocation.allocate(schedule, kept, LocalDate.of(2026, 2, 1));
        assertThat(r.instalments().getFirst().status()).isEqualTo(InstalmentStatus.MISSED);
        assertThat(r.remaining()).isEqualTo(Money.of("300"));
    }

    @Test
    void on_the_due_date_itself_an_unpaid_instalment_is_still_upcoming() {
        assertThat(Allocation.allocate(schedule, List.of(), JAN_31).instalments().getFirst().status())
                .isEqualTo(InstalmentStatus.UPCOMING);
    }
}
