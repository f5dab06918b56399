package org.reliefdesk.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reliefdesk.BrowserlessUiTest;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.CaseSummary;
import org.reliefdesk.casefile.CaseloadFilter;
import org.reliefdesk.casefile.HardshipReason;
import org.reliefdesk.casefile.IntakeDetails;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.casefile.Stage;
import org.reliefdesk.shell.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

class CaseViewsTest extends BrowserlessUiTest {

    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("counsellor")
    void a_wrong_id_number_is_explained_next_to_its_field_and_no_case_is_opened() {
        navigate(CaseloadView.class);
        test($(Button.class).id("open-case")).click();
        test($(TextField.class).id("intake-full-name")).setValue("测试客户");
        TextField idNumber = $(TextField.class).id("intake-id-number");
        test(idNumber).setValue("110105194912310021");
        test($(TextField.class).id("intake-mobile")).setValue("13812345678");
        test($(Button.class).id("intake-save")).click();

        assertThat(idNumber.isInvalid()).isTrue();
        assertThat(idNumber.getErrorMessage()).contains("校验位");
        assertThat($(Dialog.class).id("intake-dialog").isOpened()).isTrue();
        assertThat(cases.caseload(new CaseloadFilter(null, null, false, null, "测试客户"), PageRequest.of(0, 5))
                .getContent()).isEmpty();
    }

    @Test
    @WithUserDetails("counsellor")
    void a_bad_mobile_number_is_explained_next_to_its_field() {
        navigate(CaseloadView.class);
        test($(Button.class).id("open-case")).click();
        test($(TextField.class).id("intake-full-name")).setValue("测试客户二");
        test($(TextField.class).id("intake-id-number")).setValue("11010519491231002X");
        TextField mobile = $(TextField.class).id("intake-mobile");
        test(mobile).setValue("12345");
        test($(Button.class).id("intake-save")).click();

        assertThat(mobile.isInvalid()).isTrue();
        assertThat(mobile.getErrorMessage()).isNotBlank();
    }

    @Test
    @WithUserDetails("counsellor")
    void the_case_page_shows_why_intake_cannot_end_yet_and_a_withdrawal_asks_for_a_reason() {
        long caseId = openCase("过程测试");
        navigate(CaseView.class, Map.of(CaseView.CASE_ID, String.valueOf(caseId)));

        assertThat($(H2.class).id("case-title").getText()).isEqualTo("过程测试");
        assertThat(test($(Button.class).id("move-negotiation")).isUsable()).isFalse();
        assertThat($(ListItem.class).all()).extracting(ListItem::getText)
                .contains("债务清单中还没有任何债务。", "尚未记录家庭收支预算。");

        test($(Button.class).id("move-withdrawn")).click();
        TextArea reason = $(TextArea.class).id("move-reason");
        test($(Button.class).id("confirm-move")).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(cases.get(caseId).stage()).isEqualTo(Stage.INTAKE);

        test(reason).setValue("客户决定自行与平台协商");
        test($(Button.class).id("confirm-move")).click();
        CaseDetails after = cases.get(caseId);
        assertThat(after.stage()).isEqualTo(Stage.WITHDRAWN);
        assertThat(after.history()).singleElement()
                .satisfies(m -> assertThat(m.reason()).isEqualTo("客户决定自行与平台协商"));
    }

    @Test
    @WithUserDetails("counsellor")
    void a_debt_refused_by_the_service_is_explained_next_to_the_field_and_not_saved() {
        long caseId = openCase("债务测试");
        navigate(CaseView.class, Map.of(CaseView.CASE_ID, String.valueOf(caseId)));
        TabSheet tabs = $(TabSheet.class).id("case-tabs");
        tabs.setSelectedIndex(3);
        test($(Button.class).id("add-debt")).click();
        test($(TextField.class).id("debt-lender")).setValue("某网贷平台");
        @SuppressWarnings("unchecked")
        Select<LenderType> type = $(Select.class).id("debt-lender-type");
        test(type).selectItem("网络平台/助贷");
        test($(BigDecimalField.class).id("debt-principal")).setValue(new BigDecimal("8000"));
        test($(BigDecimalField.class).id("debt-rate")).setValue(new BigDecimal("5000"));
        test($(Button.class).id("debt-save")).click();

        BigDecimalField rate = $(BigDecimalField.class).id("debt-rate");
        assertThat(rate.isInvalid()).isTrue();
        assertThat(rate.getErrorMessage()).contains("名义利率");
        assertThat($(Dialog.class).id("debt-dialog").isOpened()).isTrue();
        assertThat(cases.get(caseId).debtsByPriority()).isEmpty();

        test(rate).setValue(new BigDecimal("24"));
        test($(Button.class).id("debt-save")).click();
        assertThat(cases.get(caseId).debtsByPriority()).singleElement()
                .satisfies(d -> assertThat(d.details().lenderName()).isEqualTo("某网贷平台"));
    }

    @Test
    @WithUserDetails("counsellor")
    void the_second_of_two_editors_is_told_and_offered_the_latest_version() {
        long caseId = openCase("并发测试");
        navigate(CaseView.class, Map.of(CaseView.CASE_ID, String.valueOf(caseId)));
        // Someone else changes the case while this page is open.
        cases.moveStage(caseId, cases.get(caseId).version(), Stage.WITHDRAWN, "另一位同事撤回");

        $(TabSheet.class).id("case-tabs").setSelectedIndex(1);
        test($(Button.class).id("record-consent")).click();

        Notification refusal = $(Notification.class).id("concurrent-change");
        assertThat(refusal.isOpened()).isTrue();
        assertThat($(Button.class, refusal).id("reload-case")).isNotNull();
        assertThat(cases.get(caseId).consents()).isEmpty();
        assertThat(cases.get(caseId).stage()).isEqualTo(Stage.WITHDRAWN);
    }

    @Test
    @WithUserDetails("counsellor2")
    void another_counsellors_case_opens_as_not_found() {
        long caseId = jdbc.queryForObject(
                "select min(id) from case_file where counsellor_username = 'counsellor'", Long.class);
        UI.getCurrent().navigate("cases/" + caseId);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(H2.class).withId("case-title").all()).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_filters_the_caseload_by_stage() {
        long withdrawn = openCase("撤回测试");
        cases.moveStage(withdrawn, cases.get(withdrawn).version(), Stage.WITHDRAWN, "客户失联");
        navigate(CaseloadView.class);
        @SuppressWarnings("unchecked")
        Select<Stage> stage = $(Select.class).id("caseload-stage");
        test(stage).selectItem("已撤回");
        @SuppressWarnings("unchecked")
        Grid<CaseSummary> grid = $(Grid.class).id("caseload-grid");
        var tester = test(grid);
        java.util.List<Long> shown = new java.util.ArrayList<>();
        for (int row = 0; row < tester.size(); row++) {
            assertThat(tester.getRow(row).stage()).isEqualTo(Stage.WITHDRAWN);
            shown.add(tester.getRow(row).id());
        }
        assertThat(shown).contains(withdrawn);
    }

    private long openCase(String name) {
        String username = "ui" + UUID.randomUUID().toString().substring(0, 6);
        return cases.openCase(new IntakeDetails(name, "11010519491231002X", "13812345678", null, java.util.List.of(),
                HardshipReason.INCOME_DROP, null, false, false, username)).caseId();
    }

}
