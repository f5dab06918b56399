package org.reliefdesk.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.reliefdesk.agreement.AgreementStatistics.AgreementFigures;
import org.reliefdesk.casefile.CaseStatistics.CaseMonth;
import org.reliefdesk.casefile.CaseStatistics.DebtsUnderManagement;
import org.reliefdesk.casefile.Stage;
import org.reliefdesk.complaint.ComplaintReports.OutcomeCount;
import org.reliefdesk.platform.CsvExport;
import org.reliefdesk.shared.Money;

/**
 * The dashboard's tables as header and rows, the same for the page's grids and the CSV
 * files, so what is downloaded is what is shown. Amounts are plain decimals (yuan, two places).
 */
public final class DashboardTables {

    private DashboardTables() {
    }

    /**
     * @param text the reader's translation of a key
     */
    public static CsvExport.Table of(Dashboard d, DashboardTable table, Function<String, String> text) {
        List<List<?>> rows = new ArrayList<>();
        return switch (table) {
            case STAGES -> {
                for (Stage s : Stage.values()) {
                    rows.add(List.of(text.apply("stage." + s), d.stages().getOrDefault(s, 0L)));
                }
                yield new CsvExport.Table(List.of(text.apply("reporting.dashboard.stage"),
                        text.apply("reporting.cases")), rows);
            }
            case MONTHS -> {
                for (CaseMonth m : d.months()) {
                    rows.add(List.of(m.month().toString(), m.opened(), m.closed(), m.withdrawn()));
                }
                yield new CsvExport.Table(List.of(text.apply("reporting.dashboard.month"),
                        text.apply("reporting.dashboard.opened"), text.apply("reporting.dashboard.closed"),
                        text.apply("reporting.dashboard.withdrawn")), rows);
            }
            case MONEY -> {
                DebtsUnderManagement debts = d.debts();
                AgreementFigures a = d.agreements();
                rows.add(List.of(text.apply("reporting.dashboard.openDebts"), debts.debts()));
                rows.add(List.of(text.apply("reporting.dashboard.casesWithOpenDebts"), debts.cases()));
                rows.add(List.of(text.apply("reporting.dashboard.outstanding"), plain(debts.outstanding())));
                rows.add(List.of(text.apply("reporting.dashboard.balanceBefore"), plain(a.balance())));
                rows.add(List.of(text.apply("reporting.dashboard.agreed"), plain(a.agreed())));
                rows.add(List.of(text.apply("reporting.dashboard.waived"), plain(a.waived())));
                yield new CsvExport.Table(List.of(text.apply("reporting.dashboard.figure"),
                        text.apply("reporting.dashboard.value")), rows);
            }
            case AGREEMENTS -> {
                AgreementFigures a = d.agreements();
                String yes = text.apply("reporting.yes");
                String no = text.apply("reporting.no");
                rows.add(List.of(text.apply("reporting.dashboard.completed"), yes, a.completed()));
                rows.add(List.of(text.apply("reporting.dashboard.onTrack"), yes, a.onTrack()));
                rows.add(List.of(text.apply("reporting.dashboard.behind"), no, a.behind()));
                rows.add(List.of(text.apply("reporting.dashboard.lapsed"), no, a.lapsed()));
                yield new CsvExport.Table(List.of(text.apply("reporting.dashboard.agreementState"),
                        text.apply("reporting.dashboard.kept"), text.apply("reporting.dashboard.agreements")), rows);
            }
            case COMPLAINTS -> {
                for (OutcomeCount c : d.complaints()) {
                    rows.add(List.of(text.apply("complaint.status." + c.status()), c.complaints(), c.overdue()));
                }
                yield new CsvExport.Table(List.of(text.apply("reporting.status"), text.apply("reporting.complaints"),
                        text.apply("reporting.overdue")), rows);
            }
            case DEADLINES -> {
                if (d.deadlines() != null) {
                    for (DeadlineOutcomes.Outcome o : d.deadlines()) {
                        rows.add(List.of(text.apply("reporting.deadlineKind." + o.kind()), o.met(), o.missed(),
                                o.open()));
                    }
                }
                yield new CsvExport.Table(List.of(text.apply("reporting.dashboard.deadlineKind"),
                        text.apply("reporting.dashboard.met"), text.apply("reporting.dashboard.missed"),
                        text.apply("reporting.dashboard.open")), rows);
            }
        };
    }

    static String plain(Money money) {
        return money.amount().toPlainString();
    }
}
