package org.reliefdesk.complaint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reliefdesk.BrowserlessUiTest;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.casefile.HardshipReason;
import org.reliefdesk.casefile.IntakeDetails;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.casefile.RateBasis;
import org.reliefdesk.casefile.ui.CaseView;
import org.reliefdesk.complaint.ChannelCode;
import org.reliefdesk.complaint.ComplaintService;
import org.reliefdesk.complaint.ComplaintStatus;
import org.reliefdesk.complaint.ComplaintView;
import org.reliefdesk.complaint.Grievance;
import org.reliefdesk.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The complaints tab as a counsellor uses it: draft with a suggested channel, file, note. */
class ComplaintViewsTest extends BrowserlessUiTest {

    @Autowired
    CaseService cases;
    @Autowired
    ComplaintService complaints;
    @Autowired
    ComplaintTimelineTexts timelineTexts;

    @Test
    @WithUserDetails("counsellor")
    @SuppressWarnings("unchecked")
    void a_complaint_is_drafted_from_a_suggested_channel_filed_and_noted() {
        long caseId = cases.openCase(new IntakeDetails("投诉界面测试", "11010519491231002X", "13812345678", null,
                List.of(), HardshipReason.INCOME_DROP, null, false, false,
                "ui" + UUID.randomUUID().toString().substring(0, 6))).caseId();
        cases.addDebt(caseId, cases.get(caseId).version(), new DebtDetails("招联消费金融",
                LenderType.CONSUMER_FINANCE, "好期贷", LocalDate.now().minusYears(1), Money.of("6000"),
                Money.of("6000"), Money.ZERO, new BigDecimal("18"), RateBasis.ANNUAL, 12, Money.of("1000"),
                Money.of("5000"), Money.of("80"), Money.of("20"), null, null, false));
        navigate(CaseView.class, Map.of("caseId", String.valueOf(caseId)));
        TabSheet tabs = $(TabSheet.class).id("case-tabs");
        for (int i = 0; ; i++) {
            if (tabs.getTabAt(i).getLabel().equals("投诉")) {
                tabs.setSelectedIndex(i);
                break;
            }
        }
        test($(Button.class).id("complaint-new")).click();

        Select<DebtLine> respondent = $(Select.class).id("complaint-respondent");
        respondent.setValue(respondent.getListDataView().getItems().findFirst().orElseThrow());
        MultiSelectComboBox<Grievance> grievances = $(MultiSelectComboBox.class).id("complaint-grievances");
        grievances.setValue(Set.of(Grievance.REFUSAL_TO_NEGOTIATE));
        VerticalLayout suggestions = $(VerticalLayout.class).id("complaint-suggestions");
        assertThat(suggestions.getElement().getTextRecursively()).contains("12378");
        test($(Button.class).id("complaint-suggestion-NFRA_12378")).click();
        Select<ChannelCode> channel = $(Select.class).id("complaint-channel");
        assertThat(channel.getValue()).isEqualTo(ChannelCode.NFRA_12378);
        $(TextArea.class).id("complaint-ask").setValue("停止催收，分期12期");
        test($(Button.class).id("complaint-save")).click();

        List<ComplaintView> saved = complaints.complaints(caseId, PageRequest.of(0, 5)).getContent();
        assertThat(saved).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(ComplaintStatus.DRAFT);
            assertThat(c.respondentName()).isEqualTo("招联消费金融");
            assertThat(c.ask()).isEqualTo("停止催收，分期12期");
        });

        test($(Button.class).id("complaint-file")).click();
        test($(Button.class).id("complaint-file-confirm")).click();
        assertThat($(Span.class).id("complaint-status").getText()).isEqualTo("已提交");
        assertThat($(Span.class).id("complaint-due").getText()).contains(LocalDate.now(java.time.ZoneId.of(
                "Asia/Shanghai")).plusDays(15).toString());
        assertThat($(Anchor.class).id("complaint-letter").getHref()).isNotBlank();
        assertThat($(Anchor.class).id("complaint-bundle").getHref()).isNotBlank();
        $(TextArea.class).id("complaint-note").setValue("等待机构回电");
        test($(Button.class).id("complaint-note-add")).click();
        assertThat(complaints.complaints(caseId, PageRequest.of(0, 5)).getContent().getFirst().notes())
                .singleElement().satisfies(n -> assertThat(n.text()).isEqualTo("等待机构回电"));
        assertThat($(Grid.class).id("complaints-grid")).isNotNull();

        assertThat(timelineTexts.describe("COMPLAINT_FILED", Map.of("respondent", "招联消费金融", "channel",
                "NFRA_12378", "date", "2026-03-02", "due", "2026-03-17"), new Span()))
                .hasValue("已向12378（金融监管总局）提交对招联消费金融的投诉，日期 2026-03-02，答复期限 2026-03-17");
        assertThat(timelineTexts.describe("CALL_LOGGED", Map.of(), new Span())).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void an_administrator_adds_a_channel_version_prefilled_from_the_selected_one() {
        navigate(ChannelsAdminView.class);
        Grid<org.reliefdesk.complaint.ComplaintChannel> grid = $(Grid.class).id("complaint-channels-grid");
        int before = grid.getListDataView().getItemCount();
        assertThat(before).isGreaterThanOrEqualTo(ChannelCode.values().length);
        grid.select(grid.getListDataView().getItems().filter(c -> c.code() == ChannelCode.NIFA).findFirst()
                .orElseThrow());
        test($(Button.class).id("complaint-channel-add")).click();
        $(com.vaadin.flow.component.datepicker.DatePicker.class).first().setValue(LocalDate.of(2030, 1, 1));
        test($(Button.class).id("complaint-channel-save")).click();

        assertThat(grid.getListDataView().getItemCount()).isEqualTo(before + 1);
        assertThat(complaints.channels(LocalDate.of(2030, 1, 1))).filteredOn(c -> c.code() == ChannelCode.NIFA)
                .singleElement().satisfies(c -> {
                    assertThat(c.effectiveFrom()).isEqualTo(LocalDate.of(2030, 1, 1));
                    assertThat(c.hasDeadline()).isFalse();
                });
    }
}
