package org.reliefdesk.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.reliefdesk.agreement.AgreementStatistics.AgreementFigures;
import org.reliefdesk.casefile.CaseStatistics.CaseMonth;
import org.reliefdesk.casefile.CaseStatistics.DebtsUnderManagement;
import org.reliefdesk.casefile.Stage;
import org.reliefdesk.complaint.ComplaintReports.OutcomeCount;

/**
 * The dashboard's figures (decision 022).
 *
 * @param counsellor whose cases are counted; {@code null} for all cases
 * @param stages cases in each stage now, every stage present
 * @param months every month of the period, oldest first, zero where nothing happened
 * @param debts open debts on open cases now
 * @param agreements agreements signed in the period, by where they stand today
 * @param complaints complaints filed in the period, by status today
 * @param deadlines deadlines due in the period, or {@code null} while no deadline engine is installed
 */
public record Dashboard(LocalDate from, LocalDate to, String counsellor, Map<Stage, Long> stages,
        List<CaseMonth> months, DebtsUnderManagement debts, AgreementFigures agreements,
        List<OutcomeCount> complaints, List<DeadlineOutcomes.Outcome> deadlines) {

    public Dashboard {
        stages = Map.copyOf(stages);
        months = List.copyOf(months);
        complaints = List.copyOf(complaints);
        deadlines = deadlines == null ? null : List.copyOf(deadlines);
    }

    public boolean deadlinesAvailable() {
        return deadlines != null;
    }
}
