package org.reliefdesk.reporting.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.reliefdesk.collection.ViolationCount;
import org.reliefdesk.complaint.ComplaintCount;
import org.reliefdesk.platform.Charts;
import org.reliefdesk.platform.CsvExport;
import org.reliefdesk.reporting.ConductReport;
import org.reliefdesk.reporting.ConductReportService;
import org.reliefdesk.reporting.ReportPeriod;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.UserFacingException;

/**
 * Which collectors abuse most: collection violations and complaints across all cases
 * over a chosen period, as charts, tables and CSV. Aggregates only, no person's data.
 */
@Route("reports/conduct")
@RolesAllowed({Role.COUNSELLOR_NAME, Role.ADMIN_NAME})
@Menu(title = "nav.conductReport", order = 40, icon = "vaadin:chart")
public class ConductReportView extends VerticalLayout implements HasDynamicTitle {

    /** The chart shows this many collectors; the table and the CSV keep every row. */
    static final int CHART_ROWS = 15;

    private final transient ConductReportService reports;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div violations = new Div();
    private final Div complaints = new Div();

    public ConductReportView(ConductReportService reports) {
        this.reports = reports;
        ReportPeriod period = reports.lastTwelveMonths();
        from.setLabel(getTranslation("reporting.from"));
        from.setId("report-from");
        from.setValue(period.from());
        to.setLabel(getTranslation("reporting.to"));
        to.setId("report-to");
        to.setValue(period.to());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        violations.setWidthFull();
        complaints.setWidthFull();
        add(new H2(getTranslation("reporting.conduct.title")),
                new Paragraph(getTranslation("reporting.conduct.intro")), filters, violations, complaints);
        refresh();
    }

    private void refresh() {
        from.setInvalid(false);
        violations.removeAll();
        complaints.removeAll();
        ConductReport report;
        try {
            report = reports.report(from.getValue(), to.getValue());
        } catch (UserFacingException e) {
            from.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            from.setInvalid(true);
            return;
        }
        showViolations(report);
        showComplaints(report);
    }

    private void showViolations(ConductReport report) {
        violations.add(new H3(getTranslation("reporting.violations.title")));
        if (report.violations().isEmpty()) {
            violations.add(new Paragraph(getTranslation("reporting.none")));
            return;
        }
        Set<String> shown = firstParties(report.violations().stream().map(ViolationCount::collector).toList());
        List<Charts.Value> values = new ArrayList<>();
        for (ViolationCount row : report.violations()) {
            if (shown.contains(row.collector())) {
                values.add(new Charts.Value(row.collector(), violation(row), row.incidents()));
            }
        }
        var chart = Charts.stackedBars(getTranslation("reporting.violations.chart"),
                getTranslation("reporting.violations.axis"), values);
        chart.setId("report-violations-chart");

        Grid<ViolationCount> grid = grid("report-violations-grid");
        grid.addColumn(ViolationCount::collector).setHeader(getTranslation("reporting.collector")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.agency() ? "reporting.agency" : "reporting.lender"))
                .setHeader(getTranslation("reporting.kind")).setAutoWidth(true);
        grid.addColumn(this::violation).setHeader(getTranslation("reporting.violation"))
                .setAutoWidth(true);
        grid.addColumn(ViolationCount::incidents).setHeader(getTranslation("reporting.incidents"));
        grid.addColumn(ViolationCount::cases).setHeader(getTranslation("reporting.cases"));
        grid.setItems(report.violations());

        Anchor csv = csv("report-violations-csv", "collection-violations", List.of(
                getTranslation("reporting.collector"), getTranslation("reporting.kind"),
                getTranslation("reporting.violationCode"), getTranslation("reporting.violation"),
                getTranslation("reporting.incidents"), getTranslation("reporting.cases")), report,
                () -> report.violations().stream().<List<?>>map(r -> List.of(r.collector(),
                        getTranslation(r.agency() ? "reporting.agency" : "reporting.lender"), r.violationCode(),
                        violation(r), r.incidents(), r.cases())).toList());
        violations.add(chart, csv, grid);
    }

    private void showComplaints(ConductReport report) {
        complaints.add(new H3(getTranslation("reporting.complaints.title")));
        if (report.complaints().isEmpty()) {
            complaints.add(new Paragraph(getTranslation("reporting.none")));
            return;
        }
        Set<String> shown = firstParties(report.complaints().stream().map(ComplaintCount::respondent).toList());
        List<Charts.Value> values = new ArrayList<>();
        for (ComplaintCount row : report.complaints()) {
            if (shown.contains(row.respondent())) {
                values.add(new Charts.Value(row.respondent(), status(row), row.complaints()));
            }
        }
        var chart = Charts.stackedBars(getTranslation("reporting.complaints.chart"),
                getTranslation("reporting.complaints.axis"), values);
        chart.setId("report-complaints-chart");

        Grid<ComplaintCount> grid = grid("report-complaints-grid");
        grid.addColumn(ComplaintCount::respondent).setHeader(getTranslation("reporting.respondent"))
                .setAutoWidth(true);
        grid.addColumn(this::channel).setHeader(getTranslation("reporting.channel")).setAutoWidth(true);
        grid.addColumn(this::status).setHeader(getTranslation("reporting.status")).setAutoWidth(true);
        grid.addColumn(ComplaintCount::complaints).setHeader(getTranslation("reporting.complaints"));
        grid.addColumn(ComplaintCount::overdue).setHeader(getTranslation("reporting.overdue"));
        grid.setItems(report.complaints());

        Anchor csv = csv("report-complaints-csv", "complaints", List.of(getTranslation("reporting.respondent"),
                getTranslation("reporting.kind"), getTranslation("reporting.channel"),
                getTranslation("reporting.status"), getTranslation("reporting.complaints"),
                getTranslation("reporting.overdue")), report,
                () -> report.complaints().stream().<List<?>>map(r -> List.of(r.respondent(),
                        getTranslation(r.agency() ? "reporting.agency" : "reporting.lender"), channel(r), status(r),
                        r.complaints(), r.overdue())).toList());
        complaints.add(chart, csv, grid);
    }

    /** A rule an administrator added later may have no translation yet: its code is still a name. */
    private String violation(ViolationCount row) {
        String label = getTranslation(row.violationKey());
        return label.startsWith("!") ? row.violationCode() : label;
    }

    private String channel(ComplaintCount row) {
        return getTranslation("complaint.channel." + row.channelCode());
    }

    private String status(ComplaintCount row) {
        return getTranslation("complaint.status." + row.status());
    }

    private static Set<String> firstParties(List<String> partiesWorstFirst) {
        Set<String> first = new LinkedHashSet<>();
        for (String party : partiesWorstFirst) {
            if (first.size() == CHART_ROWS && !first.contains(party)) {
                break;
            }
            first.add(party);
        }
        return first;
    }

    private static <T> Grid<T> grid(String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Anchor csv(String id, String name, List<String> header, ConductReport report,
                       Supplier<List<List<?>>> rows) {
        String file = "%s-%s-%s.csv".formatted(name, report.from(), report.to());
        Anchor anchor = new Anchor(CsvExport.download(file, header, rows), getTranslation("reporting.csv"));
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        anchor.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.conduct.title") + " | " + getTranslation("app.name");
    }
}
