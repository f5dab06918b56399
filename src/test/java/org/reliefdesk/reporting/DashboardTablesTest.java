package org.reliefdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reliefdesk.agreement.AgreementStatistics.AgreementFigures;
import org.reliefdesk.casefile.CaseStatistics.CaseMonth;
import org.reliefdesk.casefile.CaseStatistics.DebtsUnderManagement;
import org.reliefdesk.casefile.Stage;
import org.reliefdesk.complaint.ComplaintReports.OutcomeCount;
import org.reliefdesk.complaint.ComplaintStatus;
import org.reliefdesk.deadlines.DeadlineKind;
import org.reliefdesk.platform.CsvExport;
import org.reliefdesk.shared.Money;

class DashboardTablesTest {

    @Test
    void every_month_the_period_touches_is_listed_oldest_first_with_zeros_where_nothing_happened() {
        List<CaseMonth> filled = Months.fill(LocalDate.of(2025, 11, 20), LocalDate.of(2026, 2, 3),
                List.of(new CaseMonth(YearMonth.of(2026, 1), 3, 1, 0), new CaseMonth(YearMonth.of(2025, 11), 0, 2, 1)));

        assertThat(filled).containsExactly(new CaseMonth(YearMonth.of(2025, 11), 0, 2, 1),
                new CaseMonth(YearMonth.of(2025, 12), 0, 0, 0), new CaseMonth(YearMonth.of(2026, 1), 3, 1, 0),
                new CaseMonth(YearMonth.of(2026, 2), 0, 0, 0));
    }

    @Test
    void a_period_within_one_month_has_one_row_and_a_month_counted_twice_is_added_up() {
        assertThat(Months.fill(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31),
                List.of(new CaseMonth(YearMonth.of(2026, 3), 1, 0, 0), new CaseMonth(YearMonth.of(2026, 3), 0, 1, 1))))
                .containsExactly(new CaseMonth(YearMonth.of(2026, 3), 1, 1, 1));
    }

    @Test
    void the_tables_carry_every_stage_plain_amounts_and_the_kept_split_and_no_deadline_rows_when_unavailable() {
        Map<Stage, Long> stages = new EnumMap<>(Stage.class);
        stages.put(Stage.INTAKE, 4L);
        Dashboard d = new Dashboard(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), null, stages,
                List.of(new CaseMonth(YearMonth.of(2026, 1), 2, 1, 0)),
                new DebtsUnderManagement(2, 3, Money.of("12345.5")),
                new AgreementFigures(1, 2, 3, 4, Money.of("300"), Money.of("250.25"), Money.of("49.75")),
                List.of(new OutcomeCount(ComplaintStatus.FILED, 5, 2)), null);

        CsvExport.Table stageTable = DashboardTables.of(d, DashboardTable.STAGES, key -> key);
        assertThat(rows(stageTable)).hasSize(Stage.values().length).first()
                .isEqualTo(List.of("stage.INTAKE", 4L));
        assertThat(rows(stageTable).get(1)).isEqualTo(List.of("stage.NEGOTIATION", 0L));
        assertThat(rows(DashboardTables.of(d, DashboardTable.MONEY, key -> key))).extracting(r -> (Object) r.get(1))
                .containsExactly(3L, 2L, "12345.50", "300.00", "250.25", "49.75");
        assertThat(rows(DashboardTables.of(d, DashboardTable.AGREEMENTS, key -> key)))
                .extracting(r -> r.get(1) + "/" + r.get(2))
                .containsExactly("reporting.yes/1", "reporting.yes/2", "reporting.no/3", "reporting.no/4");
        assertThat(rows(DashboardTables.of(d, DashboardTable.COMPLAINTS, key -> key)))
                .containsExactly(List.of("complaint.status.FILED", 5L, 2L));
        CsvExport.Table deadlines = DashboardTables.of(d, DashboardTable.DEADLINES, key -> key);
        assertThat(deadlines.header()).hasSize(4);
        assertThat(rows(deadlines)).isEmpty();

        Dashboard withEngine = new Dashboard(d.from(), d.to(), null, stages, d.months(), d.debts(), d.agreements(),
                d.complaints(), List.of(new DeadlineOutcomes.Outcome(DeadlineKind.INSTALMENT, 7, 1, 2)));
        assertThat(rows(DashboardTables.of(withEngine, DashboardTable.DEADLINES, key -> key)))
                .containsExactly(List.of("reporting.deadlineKind.INSTALMENT", 7L, 1L, 2L));
    }

    @Test
    void a_reversed_or_missing_period_is_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DashboardService.checkPeriod(
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31)))
                .hasFieldOrPropertyWithValue("messageKey", "reporting.error.periodReversed");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DashboardService.checkPeriod(null,
                LocalDate.of(2026, 1, 31))).hasFieldOrPropertyWithValue("messageKey", "reporting.error.periodMissing");
    }

    private static List<List<?>> rows(CsvExport.Table table) {
        List<List<?>> out = new ArrayList<>();
        table.rows().forEach(out::add);
        return out;
    }
}
