package org.reliefdesk.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which open debts an agreement stage rule finds wanting (decision 013). Pure.
 */
final class StageCoverage {

    private StageCoverage() {
    }

    /** A debt's best agreement status as the rules see it (null: none). */
    record DebtState(long debtId, String lenderName, AgreementStatus best) {
    }

    /** Open debts without a signed (or already completed) agreement: they block REPAYMENT. */
    static List<DebtState> unsigned(Set<Long> openDebtIds, Map<Long, DebtState> byDebt) {
        return wanting(openDebtIds, byDebt, s -> s == AgreementStatus.SIGNED || s == AgreementStatus.COMPLETED);
    }

    /** Open debts whose agreement is not completed: they block CREDIT_REPAIR. */
    static List<DebtState> notCompleted(Set<Long> openDebtIds, Map<Long, DebtState> byDebt) {
        return wanting(openDebtIds, byDebt, s -> s == AgreementStatus.COMPLETED);
    }

    private static List<DebtState> wanting(Set<Long> open, Map<Long, DebtState> byDebt,
            java.util.function.Predicate<AgreementStatus> enough) {
        List<DebtState> out = new ArrayList<>();
        open.stream().sorted().forEach(id -> {
            DebtState s = byDebt.get(id);
            if (s == null || s.best() == null || !enough.test(s.best())) {
                out.add(s == null ? new DebtState(id, null, null) : s);
            }
        });
        return out;
    }
}
