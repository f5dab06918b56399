package org.reliefdesk.deadlines.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.reliefdesk.BrowserlessUiTest;
import org.reliefdesk.calls.CallDetails;
import org.reliefdesk.calls.CallDirection;
import org.reliefdesk.calls.CallOutcome;
import org.reliefdesk.calls.CallParty;
import org.reliefdesk.calls.CallService;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.deadlines.DeadlineItem;
import org.reliefdesk.shell.HomeView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The deadlines on the staff home page: a counsellor's lists open the case; the administrator rebuilds. */
class DeadlinesHomeTest extends BrowserlessUiTest {

    @Autowired
    CaseService cases;
    @Autowired
    CallService calls;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("counsellor")
    void a_counsellor_sees_three_lists_and_a_row_opens_the_case_at_the_right_tab() {
        long caseId = cases.openCase(Intakes.intake("首页期限", "13800138000")).caseId();
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        calls.log(caseId, new CallDetails(null, Instant.now().minus(Duration.ofHours(1)), CallDirection.OUTGOING,
                CallParty.CLIENT, "", "", Duration.ofMinutes(3), "确认收入", CallOutcome.CALLBACK_PROMISED,
                "提交工资流水", tomorrow));

        navigate(HomeView.class);
        assertThat($(Grid.class).id("deadlines-overdue")).isNotNull();
        assertThat($(Grid.class).id("deadlines-today")).isNotNull();
        assertThat($(EmailField.class).exists()).as("reminders are off by default").isFalse();
        @SuppressWarnings("unchecked")
        Grid<DeadlineItem> next = $(Grid.class).id("deadlines-next-7-days");
        int row = -1;
        for (int i = 0; i < test(next).size(); i++) {
            if (test(next).getRow(i).caseId() == caseId) {
                row = i;
            }
        }
        assertThat(row).as("the call's next step is in the next 7 days").isNotNegative();
        assertThat(test(next).getCellText(row, 0)).isEqualTo(tomorrow.toString());
        assertThat(test(next).getCellText(row, 1)).isEqualTo("通话后续：提交工资流水");
        assertThat(test(next).getCellText(row, 2)).isEqualTo("#" + caseId + " 首页期限");
        assertThat(test(next).getCellComponent(row, 3).getElement().getAttribute("data-state")).isEqualTo("OPEN");

        test(next).clickRow(row);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("cases/" + caseId + "?tab=calls.tab");
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_sees_overdue_items_with_their_counsellor_and_can_rebuild_them() {
        navigate(HomeView.class);
        @SuppressWarnings("unchecked")
        Grid<DeadlineItem> overdue = $(Grid.class).id("deadlines-overdue");
        assertThat(test(overdue).getHeaderCell(3)).isEqualTo("咨询师");
        // Filled at start from the demo seed (its missed instalment at least), with nobody refreshing by hand.
        assertThat(test(overdue).size()).isPositive();
        long before = jdbc.queryForObject("select count(*) from audit_event where action = 'DEADLINES_REFRESHED'",
                Long.class);
        test($(Button.class).id("deadlines-refresh")).click();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'DEADLINES_REFRESHED'",
                Long.class)).isEqualTo(before + 1);
        for (int i = 0; i < test(overdue).size(); i++) {
            assertThat(test(overdue).getRow(i).dueOn()).isBefore(LocalDate.now(ZoneId.of("Asia/Shanghai")));
            assertThat(test(overdue).getCellText(i, 3)).isIn("counsellor", "counsellor2", "—");
        }
    }
}
