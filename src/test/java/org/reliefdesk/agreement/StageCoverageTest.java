package org.reliefdesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reliefdesk.agreement.StageCoverage.DebtState;

class StageCoverageTest {

    private final Map<Long, DebtState> byDebt = Map.of(
            1L, new DebtState(1, "借呗", AgreementStatus.SIGNED),
            2L, new DebtState(2, "微粒贷", AgreementStatus.COMPLETED),
            3L, new DebtState(3, "花呗", AgreementStatus.DRAFT),
            4L, new DebtState(4, "京东金条", AgreementStatus.LAPSED));

    @Test
    void repayment_wants_a_signed_or_completed_agreement_on_every_open_debt_only() {
        assertThat(StageCoverage.unsigned(Set.of(1L, 2L, 3L, 4L, 5L), byDebt)).extracting(DebtState::debtId)
                .containsExactly(3L, 4L, 5L);
        assertThat(StageCoverage.unsigned(Set.of(1L, 2L), byDebt)).as("settled or excluded debts are not open")
                .isEmpty();
    }

    @Test
    void credit_repair_wants_every_open_debt_paid_off_under_its_agreement() {
        assertThat(StageCoverage.notCompleted(Set.of(1L, 2L), byDebt)).extracting(DebtState::lenderName)
                .containsExactly("借呗");
        assertThat(StageCoverage.notCompleted(Set.of(2L), byDebt)).isEmpty();
    }
}
