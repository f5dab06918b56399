package org.reliefdesk.repayment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefdesk.casefile.Stage;
import org.reliefdesk.casefile.StageMoveRecord;

class RepaymentWarningsTest {

    private static final Instant FIRST_ENTRY = Instant.parse("2026-03-01T02:00:00Z");
    private static final Instant BACK_TO_NEGOTIATION = Instant.parse("2026-05-01T02:00:00Z");
    private static final Instant SECOND_ENTRY = Instant.parse("2026-06-01T02:00:00Z");
    private static final List<StageMoveRecord> HISTORY = List.of(
            new StageMoveRecord(Stage.AGREEMENT, Stage.REPAYMENT, "c", FIRST_ENTRY, null),
            new StageMoveRecord(Stage.REPAYMENT, Stage.NEGOTIATION, "c", BACK_TO_NEGOTIATION, "missed"),
            new StageMoveRecord(Stage.AGREEMENT, Stage.REPAYMENT, "c", SECOND_ENTRY, null));

    @Test
    void repayment_counts_from_the_last_time_the_case_entered_it_and_only_while_it_is_there() {
        assertThat(RepaymentWarnings.repaymentSince(Stage.REPAYMENT, HISTORY)).isEqualTo(SECOND_ENTRY);
        assertThat(RepaymentWarnings.repaymentSince(Stage.CREDIT_REPAIR, HISTORY)).isNull();
        assertThat(RepaymentWarnings.repaymentSince(Stage.REPAYMENT, List.of())).isNull();
    }

    @Test
    void only_debts_added_after_entering_repayment_are_borrowing_to_repay() {
        var before = new RepaymentWarnings.AddedDebt("旧债", FIRST_ENTRY.plusSeconds(60));
        var after = new RepaymentWarnings.AddedDebt("新债", SECOND_ENTRY.plusSeconds(1));
        var atEntry = new RepaymentWarnings.AddedDebt("同时", SECOND_ENTRY);

        assertThat(RepaymentWarnings.borrowedDuringRepayment(SECOND_ENTRY, List.of(before, after, atEntry)))
                .containsExactly(after);
        assertThat(RepaymentWarnings.borrowedDuringRepayment(null, List.of(after))).isEmpty();
    }

    @Test
    void the_fund_is_too_small_below_three_months_or_when_missing_while_a_plan_exists() {
        assertThat(RepaymentWarnings.fundTooSmall(true, new BigDecimal("2.99"), false)).isTrue();
        assertThat(RepaymentWarnings.fundTooSmall(true, new BigDecimal("3.00"), true)).isFalse();
        assertThat(RepaymentWarnings.fundTooSmall(false, null, true)).isTrue();
        assertThat(RepaymentWarnings.fundTooSmall(false, null, false)).isFalse();
        // A fund with no essential spending to measure it against cannot be judged short.
        assertThat(RepaymentWarnings.fundTooSmall(true, null, true)).isFalse();
    }
}
