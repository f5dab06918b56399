package org.reliefdesk.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.BrowserlessUiTest;
import org.reliefdesk.SignedIn;
import org.reliefdesk.casefile.CaseAlertSource;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.ClientCaseSection;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.casefile.IntakeDetails;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.casefile.RateBasis;
import org.reliefdesk.casefile.TimelineTexts;
import org.reliefdesk.casefile.ui.CaseView;
import org.reliefdesk.court.ui.CourtDeadlinesView;
import org.reliefdesk.deadlines.Deadline;
import org.reliefdesk.deadlines.DeadlineKind;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Court papers end to end on a real database: service rules, access, deadlines, checklist, views. */
class CourtPapersTest extends BrowserlessUiTest {

    @Autowired
    CourtService court;
    @Autowired
    CourtDeadlineRuleService rules;
    @Autowired
    CaseService cases;
    @Autowired
    CourtDeadlineSource deadlines;
    @Autowired
    List<CaseAlertSource> alertSources;
    @Autowired
    List<ClientCaseSection> clientSections;
    @Autowired
    List<TimelineTexts> timelineTexts;
    @Autowired
    CourtPersonalData personalData;
    @Autowired
    JdbcTemplate jdbc;

    private static final String LENDER_TYPE_ZH = "网络平台/助贷";

    private String clientUsername;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private static LocalDate today() {
        return LocalDate.now(CourtDeadlines.BEIJING);
    }

    /** A case of {@code counsellor} with one debt at a 30% nominal annual rate, repaid monthly over a year. */
    private long[] caseWithDebt(String name) {
        SignedIn.as("counsellor", Role.COUNSELLOR);
        IntakeDetails intake = Intakes.intake(name, "13800138000");
        clientUsername = intake.clientUsername();
        long caseId = cases.openCase(intake).caseId();
        long debtId = cases.addDebt(caseId, cases.get(caseId).version(), new DebtDetails("借呗",
                LenderType.ONLINE_PLATFORM, "消费贷", today().minusYears(1), Money.of("12000"), Money.of("12000"),
                Money.ZERO, new BigDecimal("30"), RateBasis.ANNUAL, 12, Money.of("3000"), Money.of("9000"),
                Money.of("300"), Money.of("100"), today().minusDays(200), null, true)).debtsByPriority().getFirst().id();
        return new long[] {caseId, debtId};
    }

    private LegalActionView complaintServed(long caseId, long debtId, int daysAgo) {
        return court.add(caseId, new LegalActionDetails(debtId, LegalActionType.CIVIL_COMPLAINT, "北京市朝阳区人民法院",
                "（2026）京0105民初12345号", today().minusDays(daysAgo), "内部备注：客户称未收到传票"));
    }

    @Test
    @WithUserDetails("counsellor")
    void a_civil_complaint_gets_a_fifteen_day_defence_deadline_and_a_stale_correction_is_refused_with_before_and_after_audited() {
        long[] c = caseWithDebt("法院文书一");
        LegalActionView added = complaintServed(c[0], c[1], 3);

        assertThat(added.details().caseNumber()).isEqualTo("(2026)京0105民初12345号");
        assertThat(added.dueOn()).isEqualTo(today().minusDays(3).plusDays(15));
        assertThat(added.rule().responseDays()).isEqualTo(15);
        assertThat(added.rule().source()).contains("第128条", "未核实");

        LegalActionView corrected = court.correct(c[0], added.id(), added.version(), new LegalActionDetails(c[1],
                LegalActionType.PAYMENT_ORDER, "北京市海淀区人民法院", null, today().minusDays(5), "客户称未收到传票原件"));
        assertThat(corrected.version()).isGreaterThan(added.version());
        assertThat(corrected.dueOn()).isEqualTo(today().plusDays(10));
        assertThatThrownBy(() -> court.correct(c[0], added.id(), added.version(), new LegalActionDetails(c[1],
                LegalActionType.JUDGMENT, "别的法院", null, today(), null)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(court.action(c[0], added.id()).details().court()).isEqualTo("北京市海淀区人民法院");
        String summary = jdbc.queryForObject("select summary from audit_event where case_id = ? and action = ?",
                String.class, c[0], CourtService.CORRECTED);
        assertThat(summary).contains("court 北京市朝阳区人民法院 -> 北京市海淀区人民法院", "type CIVIL_COMPLAINT -> PAYMENT_ORDER",
                "note changed").doesNotContain("客户称未收到传票原件");

        assertThatThrownBy(() -> court.add(c[0], new LegalActionDetails(c[1], LegalActionType.JUDGMENT, "法院", null,
                today().plusDays(1), null))).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("court.error.servedOnFuture"));

        LegalActionView withdrawn = court.end(c[0], added.id(), corrected.version(), LegalActionStatus.WITHDRAWN,
                "登记错误");
        assertThat(withdrawn.status()).isEqualTo(LegalActionStatus.WITHDRAWN);
        assertThatThrownBy(() -> court.responseFiled(c[0], added.id(), withdrawn.version(), today()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("court.error.notOpen"));
        assertThat(court.actions(c[0])).singleElement()
                .satisfies(v -> assertThat(v.statusReason()).isEqualTo("登记错误"));

        Map<String, String> facts = Map.of("type", "CIVIL_COMPLAINT", "court", "北京市朝阳区人民法院",
                "servedOn", "2026-11-19", "lender", "借呗", "dueOn", "2026-12-04", "changed", "court,servedOn");
        assertThat(timelineTexts.stream().flatMap(t -> t.describe(CourtService.ADDED, facts, new Span()).stream()))
                .containsExactly("登记法院文书：民事起诉状（北京市朝阳区人民法院），2026-11-19 送达，涉及 借呗；答复期限至 2026-12-04");
        assertThat(timelineTexts.stream().flatMap(t -> t.describe(CourtService.CORRECTED, facts, new Span())
                .stream())).singleElement().satisfies(text -> assertThat(text).contains("法院, 送达日"));
    }

    @Test
    void the_client_reads_their_papers_without_notes_but_cannot_write_and_other_people_see_nothing() {
        long[] c = caseWithDebt("法院文书二");
        LegalActionView added = complaintServed(c[0], c[1], 2);
        long[] other = caseWithDebt("法院文书三");
        String otherClient = clientUsername;
        LegalActionView elsewhere = complaintServed(other[0], other[1], 1);
        SignedIn.as("counsellor", Role.COUNSELLOR);
        assertThatThrownBy(() -> court.action(c[0], elsewhere.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> court.responseFiled(c[0], elsewhere.id(), elsewhere.version(), today()))
                .isInstanceOf(NotFoundException.class);

        String owner = jdbc.queryForObject("select client_username from case_file where id = ?", String.class, c[0]);
        SignedIn.as(owner, Role.CLIENT);
        assertThat(court.forClient(c[0])).singleElement().satisfies(p -> {
            assertThat(p.dueOn()).isEqualTo(added.dueOn());
            assertThat(p.responseZh()).isEqualTo("答辩");
            assertThat(p.toString()).doesNotContain("内部备注");
        });
        assertThatThrownBy(() -> court.add(c[0], new LegalActionDetails(c[1], LegalActionType.JUDGMENT, "法院", null,
                today(), null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> court.actions(c[0])).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> court.checklist(c[0], added.id())).isInstanceOf(AccessDeniedException.class);

        SignedIn.as(otherClient, Role.CLIENT);
        assertThatThrownBy(() -> court.forClient(c[0])).isInstanceOf(AccessDeniedException.class);
        SignedIn.as("counsellor2", Role.COUNSELLOR);
        assertThatThrownBy(() -> court.actions(c[0])).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> court.forClient(c[0])).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_deadline_source_gives_an_urgent_court_response_done_on_the_day_the_response_was_filed() {
        long[] c = caseWithDebt("法院文书四");
        LegalActionView complaint = complaintServed(c[0], c[1], 10);
        court.add(c[0], new LegalActionDetails(c[1], LegalActionType.ENFORCEMENT, "北京市朝阳区人民法院",
                "(2026)京0105执77号", today().minusDays(1), null));
        SignedIn.nobody();

        assertThat(deadlines.kinds()).containsExactly(DeadlineKind.COURT_RESPONSE);
        List<Deadline> found = deadlines.deadlinesOf(List.of(c[0]));
        assertThat(found).hasSize(1);
        Deadline open = found.getFirst();
        assertThat(open.reference()).isEqualTo(String.valueOf(complaint.id()));
        assertThat(open.dueOn()).isEqualTo(today().plusDays(5));
        assertThat(open.doneOn()).isNull();
        assertThat(open.urgent()).isTrue();
        assertThat(open.tabKey()).isEqualTo("court.tab");
        assertThat(open.titleParams()).containsExactly("借呗", "北京市朝阳区人民法院");

        SignedIn.as("counsellor", Role.COUNSELLOR);
        assertThat(alertSources.stream().flatMap(s -> s.alertsFor(c[0]).stream())
                .filter(a -> a.messageKey().startsWith("court.alert"))).singleElement().satisfies(a -> {
                    assertThat(a.urgent()).isTrue();
                    assertThat(a.params()).contains(5L);
                });
        court.responseFiled(c[0], complaint.id(), complaint.version(), today().minusDays(1));
        assertThat(alertSources.stream().flatMap(s -> s.alertsFor(c[0]).stream())
                .filter(a -> a.messageKey().startsWith("court.alert"))).isEmpty();
        SignedIn.nobody();
        assertThat(deadlines.deadlinesOf(List.of(c[0]))).singleElement()
                .satisfies(d -> assertThat(d.doneOn()).isEqualTo(today().minusDays(1)));

        // Closed without a response after its 15 days had passed: still there, done late (missed);
        // closed before it fell due: it never applied.
        SignedIn.as("counsellor", Role.COUNSELLOR);
        LegalActionView lapsed = complaintServed(c[0], c[1], 20);
        court.end(c[0], lapsed.id(), lapsed.version(), LegalActionStatus.CLOSED, "法院已缺席判决");
        LegalActionView early = complaintServed(c[0], c[1], 2);
        court.end(c[0], early.id(), early.version(), LegalActionStatus.CLOSED, "出借人撤诉");
        SignedIn.nobody();
        assertThat(deadlines.deadlinesOf(List.of(c[0]))).filteredOn(d -> d.reference().equals(String.valueOf(
                lapsed.id()))).singleElement().satisfies(d -> {
                    assertThat(d.dueOn()).isEqualTo(today().minusDays(5));
                    assertThat(d.doneOn()).isEqualTo(today());
                });
        assertThat(deadlines.deadlinesOf(List.of(c[0]))).noneMatch(d -> d.reference().equals(String.valueOf(
                early.id())));
    }

    @Test
    @WithUserDetails("counsellor")
    void the_tab_counts_down_urgently_and_the_checklist_shows_the_true_rate_against_the_cap_by_itself() {
        long[] c = caseWithDebt("法院文书五");
        LegalActionView complaint = complaintServed(c[0], c[1], 12);
        navigate(CaseView.class, Map.of("caseId", String.valueOf(c[0])));
        selectTab("法院文书");

        Grid<LegalActionView> grid = $(Grid.class).id("court-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        // Grid cells are not in the component tree: read them through the grid.
        Span badge = (Span) test(grid).getCellComponent(0, 5);
        assertThat(badge.getId()).hasValue("court-deadline-" + complaint.id());
        assertThat(badge.getClassNames()).contains("court-deadline-urgent");
        assertThat(badge.getText()).contains("答辩期限", "还剩 3 天");

        Button checklist = test(grid).getCellComponent(0, 7).getChildren().map(Button.class::cast)
                .filter(b -> b.getId().filter(("court-checklist-" + complaint.id())::equals).isPresent())
                .findFirst().orElseThrow();
        test(checklist).click();
        assertThat($(Paragraph.class).id("court-check-lender-type").getText()).contains(LENDER_TYPE_ZH);
        String rate = $(Paragraph.class).id("court-check-rate").getText();
        assertThat(rate).contains("> 24% 上限").contains("≤ 36% 上限");
        assertThat(court.checklist(c[0], complaint.id()).rate().exceedsAny()).isTrue();
        assertThat($(Span.class).id("court-check-limitation-expiry").getText())
                .contains(CourtDeadlines.limitationExpiry(today().minusDays(200)).toString());
        test($(TextField.class).id("court-check-licensed-note")).setValue("查询地方金融监管局名单");
        test($(Button.class).id("court-check-save")).click();
        assertThat(court.action(c[0], complaint.id()).checklist()).satisfies(a -> {
            assertThat(a.licensedNote()).isEqualTo("查询地方金融监管局名单");
            assertThat(a.limitationFrom()).isEqualTo(today().minusDays(200));
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_event where case_id = ? and action = ?",
                Long.class, c[0], CourtService.CHECKLIST_SAVED)).isEqualTo(1);

        test($(Button.class).id("court-add")).click();
        Select<LegalActionType> type = $(Select.class).id("court-type");
        type.setValue(LegalActionType.JUDGMENT);
        test($(TextField.class).id("court-court")).setValue("北京市第三中级人民法院");
        test($(TextField.class).id("court-case-number")).setValue("京0105民初1号");
        test($(Button.class).id("court-save")).click();
        assertThat($(TextField.class).id("court-case-number").isInvalid()).isTrue();
        test($(TextField.class).id("court-case-number")).setValue("(2026)京03民终9号");
        $(DatePicker.class).id("court-served-on").setValue(today().minusDays(1));
        test($(Button.class).id("court-save")).click();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(court.actions(c[0])).filteredOn(v -> v.details().type() == LegalActionType.JUDGMENT)
                .singleElement().satisfies(v -> assertThat(v.dueOn()).isEqualTo(today().plusDays(14)));
    }

    @Test
    @WithUserDetails("counsellor")
    void the_client_section_says_the_deadline_in_plain_words_and_never_shows_notes() {
        long[] c = caseWithDebt("法院文书六");
        LegalActionView complaint = complaintServed(c[0], c[1], 1);
        court.saveChecklist(c[0], complaint.id(), complaint.version(), new ChecklistAnswers(Answer.NO, "无牌照的秘密备注",
                Answer.YES, "格式条款", null));
        String owner = jdbc.queryForObject("select client_username from case_file where id = ?", String.class, c[0]);
        SignedIn.as(owner, Role.CLIENT);
        Component section = clientSections.stream().map(s -> s.create(cases.status(c[0])))
                .filter(s -> s.getId().filter("client-court"::equals).isPresent()).findFirst().orElseThrow();
        String text = section.getElement().getTextRecursively();
        assertThat(text).contains("民事起诉状", "答辩", complaint.dueOn().toString(), "还剩 14 天")
                .doesNotContain("秘密备注", "格式条款", "内部备注");
        assertThat(personalData.personalDataOf(c[0])).singleElement().satisfies(sec -> assertThat(sec.items())
                .singleElement().satisfies(item -> {
                    assertThat(item.labelKey()).isEqualTo("court.type.CIVIL_COMPLAINT");
                    assertThat(item.value()).contains("(2026)京0105民初12345号").doesNotContain("内部备注");
                }));
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_adds_a_version_from_a_date_that_applies_only_from_then_and_is_audited() {
        LocalDate latest = rules.rules().stream().filter(r -> r.type() == LegalActionType.JUDGMENT).findFirst()
                .orElseThrow().effectiveFrom();
        LocalDate from = latest.isAfter(today().plusDays(10)) ? latest.plusDays(1) : today().plusDays(10);
        navigate(CourtDeadlinesView.class);
        Grid<CourtDeadlineRule> grid = $(Grid.class).id("court-rules-grid");
        int row = java.util.stream.IntStream.range(0, test(grid).size())
                .filter(i -> test(grid).getRow(i).type() == LegalActionType.JUDGMENT).findFirst().orElseThrow();
        test(grid).select(row);
        test($(Button.class).id("court-rule-new-version")).click();
        $(DatePicker.class).id("court-rule-from").setValue(from);
        $(IntegerField.class).id("court-rule-days").setValue(20);
        test($(Button.class).id("court-rule-save")).click();

        assertThat(rules.rules()).filteredOn(r -> r.type() == LegalActionType.JUDGMENT).first().satisfies(r -> {
            assertThat(r.effectiveFrom()).isEqualTo(from);
            assertThat(r.responseDays()).isEqualTo(20);
            assertThat(r.createdBy()).isEqualTo("admin");
        });
        assertThat(CourtDeadlines.ruleOn(LegalActionType.JUDGMENT, today(), rules.rules()).orElseThrow()
                .responseDays()).isEqualTo(15);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = ? and summary like ?",
                Long.class, CourtDeadlineRuleService.VERSION_ADDED, "%JUDGMENT%from " + from + "%")).isEqualTo(1);
        assertThatThrownBy(() -> rules.newVersion(new CourtDeadlineRuleDraft(LegalActionType.JUDGMENT, from, 15,
                "上诉", "Appeal", "文本", "text", "法条"))).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("court.rule.error.notAfterLatest"));
        SignedIn.as("counsellor", Role.COUNSELLOR);
        assertThatThrownBy(() -> rules.newVersion(new CourtDeadlineRuleDraft(LegalActionType.JUDGMENT,
                from.plusDays(1), 15, "上诉", "Appeal", "文本", "text", "法条"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_demo_gives_a_case_of_counsellor_a_civil_complaint_and_another_a_payment_order() {
        assertThat(jdbc.queryForList("select a.action_type from legal_action a join case_file c on c.id = a.case_id "
                + "where c.counsellor_username = 'counsellor' and a.created_by = 'counsellor'", String.class))
                .contains("CIVIL_COMPLAINT", "PAYMENT_ORDER");
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
