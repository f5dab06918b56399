package org.reliefdesk.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reliefdesk.BrowserlessUiTest;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.CaseloadFilter;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.casefile.ui.CaseView;
import org.reliefdesk.casefile.ui.CaseloadView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The dashboard page over the demo data, and the export buttons on the portal's lists. */
class DashboardViewTest extends BrowserlessUiTest {

    @Autowired
    CaseService cases;

    @Test
    @WithUserDetails("admin")
    void each_figure_has_a_chart_a_table_and_a_csv_link_and_an_administrator_narrows_to_one_counsellor() {
        navigate(DashboardView.class);

        for (String section : List.of("stages", "months", "money", "agreements", "complaints", "deadlines")) {
            assertThat($(Svg.class).id("dashboard-" + section + "-chart").getElement().getProperty("innerHTML"))
                    .as(section).contains("<svg");
            assertThat($(Grid.class).id("dashboard-" + section + "-grid")).as(section).isNotNull();
            assertThat($(Component.class).id("dashboard-" + section + "-csv").getElement().getAttribute("href"))
                    .as(section).isNotBlank();
        }
        assertThat($(Paragraph.class).withId("dashboard-deadlines-unavailable").exists()).isFalse();
        assertThat($(Svg.class).id("dashboard-stages-chart").getElement().getProperty("innerHTML"))
                .contains("协商");

        @SuppressWarnings("unchecked")
        Select<String> counsellor = $(Select.class).id("dashboard-counsellor");
        counsellor.setValue("counsellor2");

        long caseload = cases.caseload(new CaseloadFilter(null, "counsellor2", false, null, null),
                PageRequest.of(0, 1000)).getNumberOfElements();
        assertThat(stageTotal()).isEqualTo(caseload).isPositive();
    }

    @Test
    @WithUserDetails("counsellor")
    void a_reversed_period_is_refused_next_to_the_dates_and_a_counsellor_has_no_counsellor_choice() {
        navigate(DashboardView.class);
        assertThat($(Select.class).all()).noneMatch(s -> s.getId().filter("dashboard-counsellor"::equals).isPresent());
        long own = cases.caseload(CaseloadFilter.none(), PageRequest.of(0, 1000)).getNumberOfElements();
        assertThat(stageTotal()).isEqualTo(own);

        DatePicker from = $(DatePicker.class).id("dashboard-from");
        test(from).setValue($(DatePicker.class).id("dashboard-to").getValue().plusDays(1));

        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isEqualTo("起始日期不能晚于截止日期。");
        assertThat($(Grid.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("counsellor")
    void the_caseload_and_a_cases_calls_incidents_and_complaints_have_an_export_link() {
        navigate(CaseloadView.class);
        assertThat($(Component.class).id("caseload-export").getElement().getAttribute("href")).isNotBlank();

        long caseId = cases.openCase(Intakes.intake("导出页面", "15212345699")).caseId();
        navigate(CaseView.class, Map.of("caseId", String.valueOf(caseId)));
        Map<String, String> tabs = Map.of("通话记录", "calls-export", "催收事件", "incidents-export",
                "投诉", "complaints-export");
        tabs.forEach((label, id) -> {
            selectTab(label);
            assertThat($(Component.class).id(id).getElement().getAttribute("href")).as(id).isNotBlank();
        });
    }

    private long stageTotal() {
        @SuppressWarnings("unchecked")
        Grid<List<?>> stages = $(Grid.class).id("dashboard-stages-grid");
        long total = 0;
        for (int row = 0; row < test(stages).size(); row++) {
            total += ((Number) test(stages).getRow(row).get(1)).longValue();
        }
        return total;
    }

    private void selectTab(String label) {
        TabSheet tabs = $(TabSheet.class).id("case-tabs");
        for (int i = 0; ; i++) {
            tabs.setSelectedIndex(i);
            if (label.equals(tabs.getSelectedTab().getLabel())) {
                return;
            }
        }
    }
}
