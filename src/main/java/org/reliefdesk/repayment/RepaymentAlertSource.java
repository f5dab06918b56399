package org.reliefdesk.repayment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.reliefdesk.casefile.Budget;
import org.reliefdesk.casefile.CaseAlert;
import org.reliefdesk.casefile.CaseAlertSource;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtLine;
import org.springframework.stereotype.Component;

/**
 * Warns on the case page about borrowing to repay (an open debt added during repayment) and about
 * an emergency fund below three months of essential spending (decision 014).
 */
@Component
class RepaymentAlertSource implements CaseAlertSource {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final CaseService cases;
    private final CasePlanRepository plans;

    RepaymentAlertSource(CaseService cases, CasePlanRepository plans) {
        this.cases = cases;
        this.plans = plans;
    }

    @Override
    public List<CaseAlert> alertsFor(long caseId) {
        CaseDetails details = cases.get(caseId);
        List<CaseAlert> alerts = new ArrayList<>();
        List<RepaymentWarnings.AddedDebt> added = details.debtsByPriority().stream().filter(DebtLine::open)
                .map(d -> new RepaymentWarnings.AddedDebt(d.details().lenderName(), d.addedAt())).toList();
        for (RepaymentWarnings.AddedDebt debt : RepaymentWarnings.borrowedDuringRepayment(
                RepaymentWarnings.repaymentSince(details.stage(), details.history()), added)) {
            alerts.add(new CaseAlert("repayment.alert.newDebt", List.of(debt.lenderName(),
                    LocalDate.ofInstant(debt.addedAt(), BEIJING).toString()), true));
        }
        Budget budget = details.budget();
        boolean planExists = plans.existsByCaseId(caseId);
        boolean recorded = budget != null && budget.emergencyFund() != null;
        BigDecimal months = budget == null ? null : budget.emergencyFundMonths();
        if (RepaymentWarnings.fundTooSmall(recorded, months, planExists)) {
            alerts.add(recorded
                    ? new CaseAlert("repayment.alert.emergencyFund",
                            List.of(months.setScale(1, RoundingMode.HALF_EVEN).toPlainString()), false)
                    : new CaseAlert("repayment.alert.emergencyFundMissing", List.of(), false));
        }
        return alerts;
    }
}
