package org.reliefdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.BrowserlessUiTest;
import org.reliefdesk.MovableClock;
import org.reliefdesk.SignedIn;
import org.reliefdesk.audit.ui.AuditLogView;
import org.reliefdesk.audit.ui.ReferenceDataView;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.casefile.RateBasis;
import org.reliefdesk.creditrepair.CreditRepairService;
import org.reliefdesk.creditrepair.CreditRuleDraft;
import org.reliefdesk.creditrepair.CreditRuleService;
import org.reliefdesk.creditrepair.RuleCode;
import org.reliefdesk.creditrepair.ui.CreditRulesView;
import org.reliefdesk.platform.CsvExport;
import org.reliefdesk.rates.LegalLine;
import org.reliefdesk.rates.LineCheck;
import org.reliefdesk.rates.LineDraft;
import org.reliefdesk.rates.LprDraft;
import org.reliefdesk.rates.RateReferenceService;
import org.reliefdesk.rates.TrueCostService;
import org.reliefdesk.rates.ui.LegalLinesView;
import org.reliefdesk.rates.ui.LprView;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The administrator's tools (decision 021): the audit log viewer and its export, the recorded chain
 * verification, and the reference-data screens. Its own context and database (a moved clock): some
 * tests tamper with the chain and put it back.
 */
class AdministrationTest extends BrowserlessUiTest {

    /** 10:00 on 21 November 2026 in Beijing. */
    private static final Instant START = Instant.parse("2026-11-21T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final MovableClock CLOCK = new MovableClock(START);

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditLog log;
    @Autowired
    VerificationRuns runs;
    @Autowired
    NightlyVerification nightly;
    @Autowired
    RateReferenceService rates;
    @Autowired
    TrueCostService trueCost;
    @Autowired
    CreditRuleService creditRules;
    @Autowired
    CreditRepairService credit;
    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToStart() {
        CLOCK.set(START);
    }

    @Test
    @WithUserDetails("admin")
    void only_administrators_read_export_or_verify_the_log_and_change_reference_data() {
        assertThat(log.entries(AuditFilter.none(), PageRequest.of(0, 5)).getContent()).hasSize(5);
        long exports = exports();
        for (Role role : List.of(Role.COUNSELLOR, Role.CLIENT)) {
            SignedIn.as(role == Role.CLIENT ? "client" : "counsellor", role);
            assertThatThrownBy(() -> log.entries(AuditFilter.none(), PageRequest.of(0, 5)))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> log.exportRows(AuditFilter.none(), e -> List.of(e.id())))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> log.entry(1)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> runs.runNow()).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> runs.last()).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> rates.addLpr(new LprDraft(TODAY, BigDecimal.TWO, BigDecimal.TEN, "x")))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> rates.addLineVersion(new LineDraft("FINANCIAL_24", TODAY, BigDecimal.TEN, null,
                    "x", "x"))).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> creditRules.addVersion(new CreditRuleDraft(RuleCode.RECHECK_MONTHS,
                    TODAY.plusDays(5), 3, true, "x"))).isInstanceOf(AuthorizationDeniedException.class);
        }
        assertThat(exports()).isEqualTo(exports);
    }

    private long exports() {
        return jdbc.queryForObject("select count(*) from audit_event where action = ?", Long.class,
                AuditLog.EXPORTED);
    }

    @Test
    @WithUserDetails("admin")
    void filters_narrow_the_log_by_actor_case_action_and_beijing_days() {
        CLOCK.set(Instant.parse("2026-03-01T15:59:59.999Z")); // 1 March 23:59:59.999 in Beijing
        AuditEntry late = trail.append(record("filter-a", 900_001L, "TEST_LATE", "last moment of 1 March"));
        CLOCK.set(Instant.parse("2026-03-01T16:00:00Z")); // 2 March 00:00 in Beijing
        AuditEntry early = trail.append(record("filter-b", 900_002L, "TEST_EARLY", "first moment of 2 March"));
        CLOCK.set(Instant.parse("2026-03-02T15:59:59Z"));
        AuditEntry evening = trail.append(record("filter-a", 900_001L, "TEST_EARLY", "end of 2 March"));
        CLOCK.set(Instant.parse("2026-03-02T16:00:00Z")); // 3 March in Beijing
        AuditEntry next = trail.append(record("filter-a", 900_001L, "TEST_EARLY", "3 March"));
        LocalDate march1 = LocalDate.of(2026, 3, 1);
        LocalDate march2 = LocalDate.of(2026, 3, 2);

        assertThat(ids(new AuditFilter(null, null, null, march2, march2))).containsExactly(evening.id(), early.id());
        assertThat(ids(new AuditFilter(null, null, null, march1, march1))).contains(late.id())
                .doesNotContain(early.id(), evening.id());
        assertThat(ids(new AuditFilter("filter-a", null, null, null, null)))
                .containsExactly(next.id(), evening.id(), late.id());
        assertThat(ids(new AuditFilter(" filter-a ", 900_001L, "TEST_EARLY", march1, march2)))
                .containsExactly(evening.id());
        assertThat(ids(new AuditFilter(null, 900_002L, null, null, null))).containsExactly(early.id());
        assertThat(ids(new AuditFilter(null, null, "TEST_EARLY", march2, null)))
                .containsExactly(next.id(), evening.id(), early.id());
        assertThatThrownBy(() -> new AuditFilter(null, null, null, march2, march1))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.audit.error.reversed"));
        assertThat(log.knownActions()).contains("TEST_EARLY", "TEST_LATE", "CASE_OPENED").isSorted();
        var first = log.entries(new AuditFilter("filter-a", null, null, null, null), PageRequest.of(0, 2));
        var second = log.entries(new AuditFilter("filter-a", null, null, null, null), PageRequest.of(1, 2));
        assertThat(first.hasNext()).isTrue();
        assertThat(second.getContent()).extracting(AuditEntry::id).containsExactly(late.id());
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void the_csv_export_streams_every_filtered_row_with_a_header_and_defused_formulas_and_is_audited()
            throws Exception {
        // More rows than one export page, all at the same instant: the keyset must go by id within a time.
        CLOCK.set(Instant.parse("2026-04-01T04:00:00Z"));
        int rows = AuditLog.EXPORT_PAGE + 3;
        trail.append(record("csv-tester", 77L, "TEST_CSV", "=HYPERLINK(\"http://evil.example\",\"click\")"));
        for (int i = 1; i < rows; i++) {
            trail.append(record("csv-tester", 77L, "TEST_CSV", "row " + i));
        }
        trail.append(record("someone-else", 77L, "TEST_CSV", "not exported"));
        AuditFilter filter = new AuditFilter("csv-tester", null, null, null, null);
        Function<AuditEntry, List<?>> toRow = e -> List.of(e.id(), e.actor(), e.summary());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(out, List.of("Entry", "Actor", "Summary"), log.exportRows(filter, toRow));

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(new String(bytes, 3, bytes.length - 3,
                StandardCharsets.UTF_8))).getRecords();
        assertThat(records.getFirst().toList()).containsExactly("Entry", "Actor", "Summary");
        List<CSVRecord> body = records.subList(1, records.size());
        assertThat(body).hasSize(rows);
        assertThat(body).extracting(r -> Long.parseLong(r.get(0))).doesNotHaveDuplicates()
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(body).allSatisfy(r -> assertThat(r.get(1)).isEqualTo("csv-tester"));
        assertThat(body.getLast().get(2)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");

        var exported = jdbc.queryForMap("select actor, details from audit_event where action = ? order by id desc"
                + " limit 1", AuditLog.EXPORTED);
        assertThat(exported.get("actor")).isEqualTo("admin");
        assertThat((String) exported.get("details")).contains("\"actor\":\"csv-tester\"");
    }

    @Test
    @WithUserDetails("admin")
    void the_nightly_verification_records_intact_then_the_tampered_entry_and_the_view_shows_the_last_run() {
        VerificationRun ok = nightly.verifyChain();
        assertThat(ok.intact()).isTrue();
        assertThat(ok.trigger()).isEqualTo(VerificationRun.Trigger.SCHEDULE);
        assertThat(ok.entriesChecked()).isEqualTo(jdbc.queryForObject("select count(*) from audit_event", Long.class));
        assertThat(runs.last()).contains(ok);

        AuditEntry victim = trail.append(record("tamper-test", null, "TEST_TAMPER", "original"));
        trail.append(record("tamper-test", null, "TEST_TAMPER", "after"));
        try {
            asOwnerWithoutProtection("update audit_event set summary = 'quietly rewritten' where id = "
                    + victim.id());
            VerificationRun broken = nightly.verifyChain();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenId()).isEqualTo(victim.id());
            assertThat(runs.recent(2)).extracting(VerificationRun::id).containsExactly(broken.id(), ok.id());

            navigate(AuditLogView.class);
            Span status = $(Span.class).id("audit-chain-status");
            assertThat(status.getText()).isEqualTo("链在记录 #" + victim.id() + " 处断裂");
            assertThat(status.getElement().getThemeList()).contains("badge", "error");
        } finally {
            asOwnerWithoutProtection("update audit_event set summary = 'original' where id = " + victim.id());
        }
        test($(Button.class).id("audit-verify-now")).click();
        Span status = $(Span.class).id("audit-chain-status");
        assertThat(status.getText()).isEqualTo("链校验通过");
        assertThat(status.getElement().getThemeList()).contains("success");
        assertThat(runs.last()).hasValueSatisfying(run -> {
            assertThat(run.intact()).isTrue();
            assertThat(run.trigger()).isEqualTo(VerificationRun.Trigger.ADMIN);
            assertThat(run.triggeredBy()).isEqualTo("admin");
        });
        assertThat(test($(Grid.class).id("audit-verification-runs")).size()).isEqualTo(3);
    }

    @Test
    @WithUserDetails("admin")
    void the_log_view_filters_refuses_a_reversed_period_and_shows_an_entrys_facts_and_hashes() {
        trail.append(record("view-tester", 4242L, "CASE_OPENED", "first"));
        AuditEntry newest = trail.append(record("view-tester", 4242L, "TEST_VIEW", "second"));
        navigate(AuditLogView.class);
        Grid<AuditEntry> grid = $(Grid.class).id("audit-grid");
        assertThat(test(grid).size()).isGreaterThan(2);

        test($(TextField.class).id("audit-filter-actor")).setValue("view-tester");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(1, 3)).isEqualTo("建立案件");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("TEST_VIEW");

        $(DatePicker.class).id("audit-filter-from").setValue(TODAY);
        $(DatePicker.class).id("audit-filter-to").setValue(TODAY.minusDays(1));
        assertThat($(Paragraph.class).id("audit-filter-problem").getText()).contains("时间段颠倒");
        assertThat(test(grid).size()).isEqualTo(2);
        $(DatePicker.class).id("audit-filter-to").setValue(TODAY);
        assertThat($(Paragraph.class).id("audit-filter-problem").getText()).isEmpty();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat($(Anchor.class).id("audit-export-csv").getHref()).isNotBlank();

        test(grid).clickRow(0);
        assertThat($(Dialog.class).id("audit-entry-dialog").isOpened()).isTrue();
        String hash = HexFormat.of().formatHex(jdbc.queryForObject("select hash from audit_event where id = ?",
                byte[].class, newest.id()));
        assertThat($(Span.class).id("audit-entry-hash").getText()).isEqualTo(hash);
        assertThat($(com.vaadin.flow.component.html.Pre.class).id("audit-entry-facts").getText()).contains("\"k\"");
    }

    @Test
    @WithUserDetails("admin")
    void a_new_lpr_and_a_new_line_version_leave_the_check_of_an_earlier_contract_unchanged() {
        SignedIn.as("counsellor", Role.COUNSELLOR);
        long caseId = cases.openCase(Intakes.intake("参考数据", "15312345678")).caseId();
        CaseDetails details = cases.addDebt(caseId, 0, new DebtDetails("张三（个人）", LenderType.UNLICENSED_OR_UNKNOWN,
                null, LocalDate.of(2025, 6, 1), Money.of("10000"), Money.of("10000"), Money.ZERO,
                new BigDecimal("12"), RateBasis.ANNUAL, 12, Money.ZERO, Money.yuan(6000), Money.ZERO, Money.ZERO,
                null, null, false));
        long debtId = details.debtsByPriority().getFirst().id();
        LegalLine before = fourTimesLpr(trueCost.forDebt(caseId, debtId).lines());
        assertThat(before.ratePercent()).isEqualByComparingTo("12");

        SignedIn.as("admin", Role.ADMIN);
        refused(() -> rates.addLpr(new LprDraft(LocalDate.of(2025, 5, 20), new BigDecimal("2.9"),
                new BigDecimal("3.4"), "test")), "admin.lpr.error.notAfter");
        refused(() -> rates.addLpr(new LprDraft(TODAY.plusDays(1), new BigDecimal("2.9"), new BigDecimal("3.4"),
                "test")), "admin.lpr.error.future");
        refused(() -> rates.addLpr(new LprDraft(TODAY, new BigDecimal("29"), new BigDecimal("3.4"), "test")),
                "admin.lpr.error.rate");
        refused(() -> rates.addLpr(new LprDraft(TODAY, new BigDecimal("3.0"), new BigDecimal("3.50"), "test")),
                "admin.lpr.error.unchanged");
        rates.addLpr(new LprDraft(LocalDate.of(2026, 10, 20), new BigDecimal("2.9"), new BigDecimal("3.4"),
                "test publication"));
        refused(() -> rates.addLineVersion(new LineDraft("PRIVATE_4X_LPR", LocalDate.of(2020, 8, 20), null,
                new BigDecimal("3.5"), "规则", "rule")), "admin.lines.error.notAfter");
        rates.addLineVersion(new LineDraft("PRIVATE_4X_LPR", LocalDate.of(2026, 11, 1), null, new BigDecimal("3.5"),
                "测试规则", "test rule"));

        assertThat(rates.lines()).filteredOn(v -> v.code().equals("PRIVATE_4X_LPR"))
                .extracting(v -> v.effectiveFrom() + ".." + v.effectiveTo())
                .containsExactly("2026-11-01..null", "2020-08-20..2026-10-31");
        SignedIn.as("counsellor", Role.COUNSELLOR);
        LegalLine after = fourTimesLpr(trueCost.forDebt(caseId, debtId).lines());
        assertThat(after.ratePercent()).isEqualByComparingTo("12");
        assertThat(after.lprMultiple()).isEqualByComparingTo("4");
        assertThat(fourTimes(LocalDate.of(2026, 10, 25)).ratePercent()).isEqualByComparingTo("11.6");
        assertThat(fourTimes(LocalDate.of(2026, 11, 5)).ratePercent()).isEqualByComparingTo("10.15");
        assertThat(jdbc.queryForList("select action from audit_event where actor = 'admin' and action like 'RATES_%'",
                String.class)).containsExactlyInAnyOrder("RATES_LPR_ADDED", "RATES_LINE_VERSION");

        SignedIn.as("admin", Role.ADMIN);
        navigate(LprView.class);
        $(DatePicker.class).id("lpr-from").setValue(LocalDate.of(2026, 11, 20));
        $(BigDecimalField.class).id("lpr-one-year").setValue(new BigDecimal("2.8"));
        $(BigDecimalField.class).id("lpr-five-year").setValue(new BigDecimal("3.3"));
        test($(TextField.class).id("lpr-source")).setValue("typed in the screen");
        test($(Button.class).id("lpr-add")).click();
        assertThat($(Paragraph.class).id("lpr-problem").getText()).isEmpty();
        assertThat(test($(Grid.class).id("lpr-grid")).getCellText(0, 0)).isEqualTo("2026-11-20");
        navigate(LegalLinesView.class);
        assertThat(test($(Grid.class).id("lines-grid")).size()).isEqualTo(7);
    }

    @Test
    @WithUserDetails("admin")
    void a_credit_rule_version_from_a_later_date_leaves_todays_due_dates_and_the_hub_lists_every_screen() {
        assertThat(credit.rules().disputeDueOn(TODAY)).contains(TODAY.plusDays(20));
        refused(() -> creditRules.addVersion(new CreditRuleDraft(RuleCode.DISPUTE_ANSWER_DAYS, TODAY, 15, false,
                "test")), "admin.credit.error.date");
        refused(() -> creditRules.addVersion(new CreditRuleDraft(RuleCode.DISPUTE_ANSWER_DAYS, TODAY.plusDays(10),
                0, false, "test")), "admin.credit.error.amount");

        creditRules.addVersion(new CreditRuleDraft(RuleCode.DISPUTE_ANSWER_DAYS, TODAY.plusDays(10), 15, false,
                "test source"));

        assertThat(credit.rules().disputeDueOn(TODAY)).contains(TODAY.plusDays(20));
        assertThat(credit.rules().disputeDueOn(TODAY.plusDays(9))).contains(TODAY.plusDays(29));
        assertThat(credit.rules().disputeDueOn(TODAY.plusDays(10))).contains(TODAY.plusDays(25));
        refused(() -> creditRules.addVersion(new CreditRuleDraft(RuleCode.DISPUTE_ANSWER_DAYS, TODAY.plusDays(5),
                12, false, "test")), "admin.credit.error.notAfter");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CREDIT_RULE_VERSION'"
                + " and actor = 'admin'", Long.class)).isEqualTo(1);

        navigate(CreditRulesView.class);
        assertThat(test($(Grid.class).id("credit-rules-grid")).size()).isEqualTo(4);
        navigate(ReferenceDataView.class);
        List<String> links = new ArrayList<>();
        $(Anchor.class).all().forEach(a -> a.getId().filter(id -> id.startsWith("reference-"))
                .ifPresent(id -> links.add(a.getHref())));
        assertThat(links).containsExactly("admin/lpr", "admin/legal-lines", "admin/collection-rules",
                "admin/complaint-channels", "admin/court-deadlines", "admin/credit-rules", "admin/privacy-requests");
    }

    private LegalLine fourTimesLpr(List<LineCheck> checks) {
        return checks.stream().map(LineCheck::line).filter(l -> l.code().equals("PRIVATE_4X_LPR")).findFirst()
                .orElseThrow();
    }

    private LegalLine fourTimes(LocalDate contractDate) {
        return trueCost.linesFor(LenderType.UNLICENSED_OR_UNKNOWN, contractDate).stream()
                .filter(l -> l.code().equals("PRIVATE_4X_LPR")).findFirst().orElseThrow();
    }

    private static void refused(Runnable change, String key) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private List<Long> ids(AuditFilter filter) {
        return log.entries(filter, PageRequest.of(0, 50)).getContent().stream().map(AuditEntry::id).toList();
    }

    private void asOwnerWithoutProtection(String statement) {
        jdbc.execute("alter table audit_event disable trigger audit_event_no_update_or_delete");
        try {
            jdbc.execute(statement);
        } finally {
            jdbc.execute("alter table audit_event enable trigger audit_event_no_update_or_delete");
        }
    }

    private static AuditRecord record(String actor, Long caseId, String action, String summary) {
        return new AuditRecord(actor, "127.0.0.1", caseId, action, "thing", "1", summary, "{\"k\":\"v\"}");
    }
}
