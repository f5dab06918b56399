package org.reliefdesk.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefdesk.BrowserlessUiTest;
import org.reliefdesk.casefile.CaseSummary;
import org.reliefdesk.casefile.ui.CaseloadView;
import org.reliefdesk.collection.ViolationCount;
import org.reliefdesk.complaint.ComplaintCount;
import org.springframework.security.test.context.support.WithUserDetails;

/** The conduct report and the caseload's complaint badge, over the demo data. */
class ConductReportViewTest extends BrowserlessUiTest {

    @Test
    @WithUserDetails("admin")
    void the_report_charts_and_lists_the_demo_collectors_violations_and_complaints() {
        navigate(ConductReportView.class);

        @SuppressWarnings("unchecked")
        Grid<ViolationCount> violations = $(Grid.class).id("report-violations-grid");
        assertThat(test(violations).size()).isPositive();
        String worst = test(violations).getRow(0).collector();
        String chart = $(Svg.class).id("report-violations-chart").getElement().getProperty("innerHTML");
        assertThat(chart).contains(worst);

        @SuppressWarnings("unchecked")
        Grid<ComplaintCount> complaints = $(Grid.class).id("report-complaints-grid");
        assertThat(test(complaints).size()).isPositive();
        assertThat($(Svg.class).id("report-complaints-chart").getElement().getProperty("innerHTML"))
                .contains(test(complaints).getRow(0).respondent());
        assertThat($(Component.class).id("report-violations-csv").getElement().getAttribute("href")).isNotBlank();
    }

    @Test
    @WithUserDetails("counsellor")
    void a_reversed_period_is_refused_next_to_the_dates_and_the_tables_are_cleared() {
        navigate(ConductReportView.class);
        DatePicker from = $(DatePicker.class).id("report-from");
        DatePicker to = $(DatePicker.class).id("report-to");

        test(from).setValue(to.getValue().plusDays(1));

        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isEqualTo("起始日期不能晚于截止日期。");
        assertThat($(Grid.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("counsellor")
    void the_caseload_marks_a_case_whose_complaint_answer_is_overdue() {
        navigate(CaseloadView.class);
        @SuppressWarnings("unchecked")
        Grid<CaseSummary> grid = $(Grid.class).id("caseload-grid");
        var tester = test(grid);
        List<String> badges = new ArrayList<>();
        for (int row = 0; row < tester.size(); row++) {
            Component cell = tester.getCellComponent(row, 2); // the urgency column
            cell.getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText()).forEach(badges::add);
        }
        // The demo counsellor has a complaint filed three weeks ago with a 15-day answer rule.
        assertThat(badges).anyMatch(text -> text.startsWith("投诉答复逾期"));
    }
}
