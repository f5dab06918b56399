package org.reliefdesk.repayment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.reliefdesk.casefile.Stage;
import org.reliefdesk.casefile.StageMoveRecord;

/** The two warnings of the repayment stage, as pure rules over plain values (decision 014). */
final class RepaymentWarnings {

    /** Below this many months of essential spending the emergency fund is flagged. */
    static final BigDecimal FUND_MONTHS = BigDecimal.valueOf(3);

    private RepaymentWarnings() {
    }

    /** A debt of the case and when it was added. */
    record AddedDebt(String lenderName, Instant addedAt) {
    }

    /** When the case last entered REPAYMENT, or null when it is not in repayment now. */
    static Instant repaymentSince(Stage stage, List<StageMoveRecord> history) {
        if (stage != Stage.REPAYMENT) {
            return null;
        }
        return history.stream().filter(m -> m.to() == Stage.REPAYMENT).map(StageMoveRecord::movedAt)
                .max(Instant::compareTo).orElse(null);
    }

    /** Debts added after the case entered repayment: borrowing to repay (以贷养贷). */
    static List<AddedDebt> borrowedDuringRepayment(Instant repaymentSince, List<AddedDebt> debts) {
        if (repaymentSince == null) {
            return List.of();
        }
        return debts.stream().filter(d -> d.addedAt() != null && d.addedAt().isAfter(repaymentSince)).toList();
    }

    /**
     * Whether the emergency fund is too small: below {@link #FUND_MONTHS} months of essential
     * spending, or not recorded at all while a plan exists.
     *
     * @param fundRecorded whether the budget records an emergency fund
     * @param fundMonths the fund in months of essential spending; null when it cannot be computed
     */
    static boolean fundTooSmall(boolean fundRecorded, BigDecimal fundMonths, boolean planExists) {
        if (!fundRecorded) {
            return planExists;
        }
        return fundMonths != null && fundMonths.compareTo(FUND_MONTHS) < 0;
    }
}
