package org.reliefdesk.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reliefdesk.agreement.AgreementStatistics.AgreementFigures;
import org.reliefdesk.casefile.CaseStatistics.CaseMonth;
import org.reliefdesk.casefile.Stage;
import org.reliefdesk.complaint.ComplaintReports.OutcomeCount;
import org.reliefdesk.platform.Charts;
import org.reliefdesk.platform.CsvExport;
import org.reliefdesk.reporting.Dashboard;
import org.reliefdesk.reporting.DashboardService;
import org.reliefdesk.reporting.DashboardTable;
import org.reliefdesk.reporting.DashboardTables;
import org.reliefdesk.reporting.DeadlineOutcomes;
import org.reliefdesk.shared.Money;

/** The dashboard's sections: a chart, the same numbers as a table beside it, and the table as CSV. */
final class DashboardSections {

    private final Component reader;
    private final DashboardService dashboards;
    private final Dashboard d;
    private final Locale locale;

    DashboardSections(Component reader, DashboardService dashboards, Dashboard d, Locale locale) {
        this.reader = reader;
        this.dashboards = dashboards;
        this.d = d;
        this.locale = locale;
    }

    void addTo(Div target) {
        target.add(section(DashboardTable.STAGES, "reporting.dashboard.stages.title", Charts.bars(
                t("reporting.dashboard.stages.title"), t("reporting.cases"), stages())));
        target.add(section(DashboardTable.MONTHS, "reporting.dashboard.months.title", Charts.bars(
                t("reporting.dashboard.months.title"), t("reporting.cases"), months())));
        target.add(section(DashboardTable.MONEY, "reporting.dashboard.money.title", Charts.bars(
                t("reporting.dashboard.money.title"), t("reporting.dashboard.yuan"), money())));
        target.add(section(DashboardTable.AGREEMENTS, "reporting.dashboard.agreements.title", Charts.stackedBars(
                t("reporting.dashboard.agreements.title"), t("reporting.dashboard.agreements"), agreements())));
        target.add(section(DashboardTable.COMPLAINTS, "reporting.dashboard.complaints.title", Charts.bars(
                t("reporting.dashboard.complaints.title"), t("reporting.complaints"), complaints())));
        if (d.deadlinesAvailable()) {
            target.add(section(DashboardTable.DEADLINES, "reporting.dashboard.deadlines.title", Charts.bars(
                    t("reporting.dashboard.deadlines.title"), t("reporting.dashboard.deadlines"), deadlines())));
        } else {
            Paragraph none = new Paragraph(t("reporting.dashboard.deadlines.unavailable"));
            none.setId("dashboard-deadlines-unavailable");
            Div section = new Div(new H3(t("reporting.dashboard.deadlines.title")), none);
            section.setId("dashboard-deadlines");
            target.add(section);
        }
    }

    private Div section(DashboardTable table, String titleKey, Component chart) {
        String id = "dashboard-" + table.slug();
        chart.setId(id + "-chart");
        CsvExport.Table rows = DashboardTables.of(d, table, this::t);
        Grid<List<?>> grid = new Grid<>();
        grid.setId(id + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        for (int i = 0; i < rows.header().size(); i++) {
            int column = i;
            grid.addColumn(r -> String.valueOf(r.get(column))).setHeader(rows.header().get(i)).setAutoWidth(true);
        }
        List<List<?>> items = new ArrayList<>();
        rows.rows().forEach(items::add);
        grid.setItems(items);
        String file = "%s-%s-%s.csv".formatted(id, d.from(), d.to());
        String counsellor = d.counsellor();
        var csv = CsvExport.link(id + "-csv", t("reporting.csv"), file,
                () -> dashboards.export(table, d.from(), d.to(), counsellor, locale));
        Div chartBox = new Div(chart);
        chartBox.addClassName("rd-dashboard-chart");
        chartBox.getStyle().set("flex", "1 1 28rem").set("min-width", "0");
        Div tableBox = new Div(grid, csv);
        tableBox.getStyle().set("flex", "1 1 20rem").set("min-width", "0");
        Div row = new Div(chartBox, tableBox);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        Div section = new Div(new H3(t(titleKey)), row);
        section.setId(id);
        return section;
    }

    private List<Charts.Value> stages() {
        List<Charts.Value> values = new ArrayList<>();
        for (Stage s : Stage.values()) {
            values.add(new Charts.Value(t("stage." + s), t("reporting.cases"), d.stages().getOrDefault(s, 0L)));
        }
        return values;
    }

    private List<Charts.Value> months() {
        List<Charts.Value> values = new ArrayList<>();
        for (CaseMonth m : d.months()) {
            String month = m.month().toString();
            values.add(new Charts.Value(month, t("reporting.dashboard.opened"), m.opened()));
            values.add(new Charts.Value(month, t("reporting.dashboard.closed"), m.closed()));
            values.add(new Charts.Value(month, t("reporting.dashboard.withdrawn"), m.withdrawn()));
        }
        return values;
    }

    /** In whole yuan: the chart shows proportions; the table beside it has the exact amounts. */
    private List<Charts.Value> money() {
        String series = t("reporting.dashboard.yuan");
        AgreementFigures a = d.agreements();
        return List.of(new Charts.Value(t("reporting.dashboard.outstanding"), series, yuan(d.debts().outstanding())),
                new Charts.Value(t("reporting.dashboard.balanceBefore"), series, yuan(a.balance())),
                new Charts.Value(t("reporting.dashboard.agreed"), series, yuan(a.agreed())),
                new Charts.Value(t("reporting.dashboard.waived"), series, yuan(a.waived())));
    }

    private List<Charts.Value> agreements() {
        AgreementFigures a = d.agreements();
        String kept = t("reporting.dashboard.keptRow");
        String notKept = t("reporting.dashboard.notKeptRow");
        return List.of(new Charts.Value(kept, t("reporting.dashboard.completed"), a.completed()),
                new Charts.Value(kept, t("reporting.dashboard.onTrack"), a.onTrack()),
                new Charts.Value(notKept, t("reporting.dashboard.behind"), a.behind()),
                new Charts.Value(notKept, t("reporting.dashboard.lapsed"), a.lapsed()));
    }

    private List<Charts.Value> complaints() {
        List<Charts.Value> values = new ArrayList<>();
        for (OutcomeCount c : d.complaints()) {
            String status = t("complaint.status." + c.status());
            values.add(new Charts.Value(status, t("reporting.complaints"), c.complaints()));
            values.add(new Charts.Value(status, t("reporting.overdue"), c.overdue()));
        }
        return values;
    }

    private List<Charts.Value> deadlines() {
        List<Charts.Value> values = new ArrayList<>();
        for (DeadlineOutcomes.Outcome o : d.deadlines()) {
            String kind = t("reporting.deadlineKind." + o.kind());
            values.add(new Charts.Value(kind, t("reporting.dashboard.met"), o.met()));
            values.add(new Charts.Value(kind, t("reporting.dashboard.missed"), o.missed()));
            values.add(new Charts.Value(kind, t("reporting.dashboard.open"), o.open()));
        }
        return values;
    }

    private static long yuan(Money money) {
        return money.amount().setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
    }

    private String t(String key) {
        return reader.getTranslation(key);
    }
}
