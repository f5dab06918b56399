package org.reliefdesk.collection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reliefdesk.BrowserlessUiTest;
import org.reliefdesk.calls.CallDetails;
import org.reliefdesk.calls.CallDirection;
import org.reliefdesk.calls.CallOutcome;
import org.reliefdesk.calls.CallParty;
import org.reliefdesk.calls.CallService;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.casefile.ui.CaseView;
import org.reliefdesk.collection.ConductRule;
import org.reliefdesk.collection.ConductRuleService;
import org.reliefdesk.collection.IncidentCategory;
import org.reliefdesk.collection.IncidentChannel;
import org.reliefdesk.collection.IncidentDetails;
import org.reliefdesk.collection.IncidentService;
import org.reliefdesk.collection.IncidentView;
import org.reliefdesk.collection.Reached;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

class CollectionViewsTest extends BrowserlessUiTest {

    @Autowired
    CaseService cases;
    @Autowired
    CallService calls;
    @Autowired
    IncidentService incidents;
    @Autowired
    ConductRuleService rules;

    @Test
    @WithUserDetails("counsellor")
    void the_incidents_tab_shows_flags_turns_an_abusive_call_into_an_incident_and_records_one_in_the_dialog() {
        long caseId = cases.openCase(Intakes.intake("事件页面", "15212345678")).caseId();
        LocalDate yesterday = LocalDate.now(FlagBadges.BEIJING).minusDays(1);
        incidents.record(caseId, new IncidentDetails(null, yesterday.atTime(23, 10).atZone(FlagBadges.BEIJING)
                .toInstant(), IncidentChannel.CALL, "鼎信资产", true, "0755 2345 6789", Reached.CLIENT, Set.of(),
                true, false, "深夜来电"));
        long callId = calls.log(caseId, new CallDetails(null, yesterday.atTime(12, 0).atZone(FlagBadges.BEIJING)
                .toInstant(), CallDirection.INCOMING, CallParty.COLLECTION_AGENCY, "自称法务", "0755 8888 1234",
                Duration.ofMinutes(2), "威胁", CallOutcome.ABUSIVE, null, null)).id();
        navigate(CaseView.class, Map.of("caseId", String.valueOf(caseId)));
        selectTab("催收事件");

        Grid<IncidentView> grid = $(Grid.class).id("incidents-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        Component flags = test(grid).getCellComponent(0, 5);
        List<Span> badges = flags.getChildren().filter(Span.class::isInstance).map(Span.class::cast).toList();
        assertThat(badges).singleElement().satisfies(b -> {
            assertThat(b.getClassNames()).contains("incident-flag");
            assertThat(b.getText()).isEqualTo("夜间催收");
        });

        test($(Button.class).id("incident-from-call-" + callId)).click();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(incidents.convertibleCalls(caseId)).isEmpty();

        test($(Button.class).id("incident-new")).click();
        assertThat($(Dialog.class).id("incident-dialog").isOpened()).isTrue();
        $(DateTimePicker.class).id("incident-when").setValue(LocalDateTime.of(yesterday, java.time.LocalTime.of(10, 0)));
        Select<IncidentChannel> channel = $(Select.class).id("incident-channel");
        channel.setValue(IncidentChannel.APP_MESSAGE);
        // Answered / automated are only asked for calls.
        assertThat($(Checkbox.class).all()).noneMatch(c -> c.getId().filter("incident-answered"::equals).isPresent());
        test($(TextField.class).id("incident-collector-name")).setValue("鼎信资产");
        test($(TextField.class).id("incident-collector-number")).setValue("wx-dx-018");
        $(Checkbox.class).id("incident-agency").setValue(true);
        Select<Reached> reached = $(Select.class).id("incident-reached");
        reached.setValue(Reached.COLLEAGUE_OR_EMPLOYER);
        CheckboxGroup<IncidentCategory> categories = $(CheckboxGroup.class).id("incident-categories");
        categories.setValue(Set.of(IncidentCategory.DEBT_DISCLOSURE));
        test($(TextArea.class).id("incident-description")).setValue("微信告知单位欠款");
        test($(Button.class).id("incident-save")).click();

        assertThat(test(grid).size()).isEqualTo(3);
        assertThat(incidents.incidents(caseId, PageRequest.of(0, 10)).getContent())
                .filteredOn(v -> v.details().channel() == IncidentChannel.APP_MESSAGE).singleElement()
                .satisfies(v -> assertThat(v.flags()).extracting(ConductRule::code)
                        .containsExactly("NO_DISCLOSURE", "PIPL_PERSONAL_DATA", "THIRD_PARTY_CONTACT"));
    }

    @Test
    @WithUserDetails("counsellor")
    void a_call_list_with_a_bad_line_is_refused_naming_the_line_and_a_good_one_shows_the_days_findings() {
        long caseId = cases.openCase(Intakes.intake("导入页面", "15212345679")).caseId();
        navigate(CaseView.class, Map.of("caseId", String.valueOf(caseId)));
        selectTab("催收事件");
        test($(Button.class).id("incident-import")).click();
        test($(TextField.class).id("import-collector")).setValue("鼎信资产");
        String day = LocalDate.now(FlagBadges.BEIJING).minusDays(1).toString();
        test($(TextArea.class).id("import-text")).setValue(day + " 10:00,13800000001,否\n" + day + " 10:05,x,否");
        test($(Button.class).id("import-run")).click();
        assertThat($(Paragraph.class).id("import-problem").getText()).contains("第 2 行");
        assertThat(incidents.findings(caseId)).isEmpty();

        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            csv.append(day).append(" 1").append(i).append(":00,13800000001,否\n");
        }
        test($(TextArea.class).id("import-text")).setValue(csv.toString());
        test($(Button.class).id("import-run")).click();
        assertThat(incidents.findings(caseId)).singleElement().satisfies(f -> assertThat(f.count()).isEqualTo(7));
        assertThat($(Span.class).withClassName("incident-finding").all()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.getText()).contains("13800000001", "最多 6 次"));
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_adds_a_version_of_a_rule_from_a_date_and_sees_it_in_the_history() {
        navigate(CollectionRulesView.class);
        Grid<ConductRule> latest = $(Grid.class).id("rules-latest");
        int row = Stream.iterate(0, i -> i + 1).limit(test(latest).size())
                .filter(i -> test(latest).getRow(i).code().equals("UNANSWERED_ATTEMPTS")).findFirst().orElseThrow();
        test(latest).select(row);
        test($(Button.class).id("rule-new-version")).click();
        LocalDate from = LocalDate.now(FlagBadges.BEIJING).plusDays(10);
        $(DatePicker.class).id("rule-from").setValue(from);
        $(IntegerField.class).id("rule-max").setValue(5);
        test($(Button.class).id("rule-save")).click();

        assertThat(rules.history("UNANSWERED_ATTEMPTS")).first().satisfies(r -> {
            assertThat(r.effectiveFrom()).isEqualTo(from);
            assertThat(r.maxPerDay()).isEqualTo(5);
        });
        Grid<ConductRule> history = $(Grid.class).id("rules-history");
        assertThat(test(history).size()).isEqualTo(2);
        assertThat(rules.inForce(LocalDate.now(FlagBadges.BEIJING))).filteredOn(r -> r.code()
                .equals("UNANSWERED_ATTEMPTS")).singleElement().satisfies(r -> assertThat(r.maxPerDay()).isEqualTo(6));
    }

    @Test
    @WithUserDetails("counsellor")
    void the_timeline_words_incident_entries_in_the_readers_language() {
        Map<String, String> facts = Map.of("channel", "CALL", "collector", "鼎信资产", "at", "2026-11-20 22:47",
                "reached", "COLLEAGUE_OR_EMPLOYER", "categories", "INSULT,DEBT_DISCLOSURE", "callId", "7");
        CollectionTimelineTexts texts = new CollectionTimelineTexts();
        assertThat(texts.describe("INCIDENT_RECORDED", facts, new Span())).hasValue(
                "由恶意通话记录催收事件：鼎信资产 通过电话于 2026-11-20 22:47 联系了同事或单位：辱骂、向他人透露债务");
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        assertThat(texts.describe("INCIDENT_CORRECTED", Map.of("at", "2026-11-20 22:47", "collector", "鼎信资产",
                "changed", "at,reached"), new Span())).hasValue(
                        "Corrected the incident of 鼎信资产 at 2026-11-20 22:47: time, reached");
        assertThat(texts.describe("CALL_LOGGED", facts, new Span())).isEmpty();
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
