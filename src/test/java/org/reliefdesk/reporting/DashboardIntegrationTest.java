package org.reliefdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.IntegrationTest;
import org.reliefdesk.MovableClock;
import org.reliefdesk.SignedIn;
import org.reliefdesk.agreement.AgreementDraft;
import org.reliefdesk.agreement.AgreementService;
import org.reliefdesk.agreement.AgreementStatistics;
import org.reliefdesk.agreement.AgreementView;
import org.reliefdesk.agreement.PaymentDraft;
import org.reliefdesk.agreement.PaymentMethod;
import org.reliefdesk.calls.CallDetails;
import org.reliefdesk.calls.CallDirection;
import org.reliefdesk.calls.CallExport;
import org.reliefdesk.calls.CallFilter;
import org.reliefdesk.calls.CallOutcome;
import org.reliefdesk.calls.CallParty;
import org.reliefdesk.calls.CallService;
import org.reliefdesk.casefile.Budget;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.CaseStatistics;
import org.reliefdesk.casefile.CaseStatistics.CaseMonth;
import org.reliefdesk.casefile.CaseloadExport;
import org.reliefdesk.casefile.CaseloadFilter;
import org.reliefdesk.casefile.ConsentKind;
import org.reliefdesk.casefile.ConsentMethod;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.casefile.ExpenseCategory;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.casefile.RateBasis;
import org.reliefdesk.casefile.Stage;
import org.reliefdesk.collection.IncidentCategory;
import org.reliefdesk.collection.IncidentChannel;
import org.reliefdesk.collection.IncidentDetails;
import org.reliefdesk.collection.IncidentExport;
import org.reliefdesk.collection.IncidentService;
import org.reliefdesk.collection.Reached;
import org.reliefdesk.complaint.ChannelCode;
import org.reliefdesk.complaint.ComplaintDraft;
import org.reliefdesk.complaint.ComplaintReports;
import org.reliefdesk.complaint.ComplaintService;
import org.reliefdesk.complaint.ComplaintStatus;
import org.reliefdesk.complaint.ComplaintView;
import org.reliefdesk.complaint.FilingMethod;
import org.reliefdesk.complaint.Grievance;
import org.reliefdesk.deadlines.DeadlineKind;
import org.reliefdesk.evidence.EvidenceCategory;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.evidence.UploadedFile;
import org.reliefdesk.negotiation.NegotiationService;
import org.reliefdesk.negotiation.ProposalDraft;
import org.reliefdesk.negotiation.ProposalSide;
import org.reliefdesk.negotiation.ProposalStatus;
import org.reliefdesk.negotiation.ProposalTerms;
import org.reliefdesk.negotiation.ProposalView;
import org.reliefdesk.platform.CsvExport;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The dashboard's figures over a data set of its own, in 2021 (before the demo's data), with
 * a Beijing month boundary; its access rules; and every list's CSV export.
 */
@IntegrationTest(properties = {"reliefdesk.demo=true", "reliefdesk.test.context=dashboard"})
class DashboardIntegrationTest {

    static final MovableClock CLOCK = new MovableClock(Instant.now());
    /** 23:30 on 31 March 2021 in Beijing. */
    static final Instant MARCH_31_LATE = Instant.parse("2021-03-31T15:30:00Z");
    /** 00:30 on 1 April 2021 in Beijing, still 31 March in UTC. */
    static final Instant APRIL_1_EARLY = Instant.parse("2021-03-31T16:30:00Z");
    static final LocalDate MARCH_1 = LocalDate.of(2021, 3, 1);
    static final LocalDate MARCH_31 = LocalDate.of(2021, 3, 31);
    static final LocalDate APRIL_1 = LocalDate.of(2021, 4, 1);
    static final LocalDate APRIL_30 = LocalDate.of(2021, 4, 30);
    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @Autowired
    DashboardService dashboards;
    @Autowired
    CaseStatistics caseStatistics;
    @Autowired
    AgreementStatistics agreementStatistics;
    @Autowired
    CaseService cases;
    @Autowired
    CaseloadExport caseloadExport;
    @Autowired
    AgreementService agreements;
    @Autowired
    NegotiationService negotiation;
    @Autowired
    EvidenceService evidence;
    @Autowired
    ComplaintService complaints;
    @Autowired
    ComplaintReports complaintReports;
    @Autowired
    CallService calls;
    @Autowired
    CallExport callExport;
    @Autowired
    IncidentService incidents;
    @Autowired
    IncidentExport incidentExport;
    @Autowired
    JdbcTemplate jdbc;

    /** The data set, built once: counsellor2's cases A (April, agreements) and B (March, withdrawn), counsellor's C. */
    static DataSet data;

    record DataSet(long caseA, long caseB, long caseC, AgreementView completed, Dashboard before,
                   Map<Stage, Long> stagesBefore) {
    }

    @BeforeEach
    void theDataSet() {
        if (data == null) {
            data = build();
        }
        CLOCK.set(Instant.parse("2021-04-20T02:00:00Z"));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void the_figures_of_one_counsellor_are_exact_and_split_at_the_beijing_month_boundary() {
        SignedIn.as("admin", Role.ADMIN);
        Dashboard d = dashboards.dashboard(MARCH_1, APRIL_30, "counsellor2");

        assertThat(d.counsellor()).isEqualTo("counsellor2");
        assertThat(d.months()).containsExactly(new CaseMonth(YearMonth.of(2021, 3), 1, 0, 0),
                new CaseMonth(YearMonth.of(2021, 4), 1, 0, 1));
        // Completed, on track (first due in June), behind (first due 10 April, nothing paid), lapsed.
        var a = d.agreements();
        assertThat(List.of(a.completed(), a.onTrack(), a.behind(), a.lapsed())).containsExactly(1L, 1L, 1L, 1L);
        assertThat(a.kept()).isEqualTo(2);
        Money waived = data.completed().waived();
        assertThat(waived.isPositive()).isTrue();
        assertThat(a.balance()).isEqualTo(Money.of("15300"));
        assertThat(a.agreed()).isEqualTo(Money.of("10200").plus(data.completed().agreedTotal()));
        assertThat(a.waived()).isEqualTo(waived);
        assertThat(d.complaints()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(ComplaintStatus.FILED);
            assertThat(c.complaints()).isEqualTo(2);
            assertThat(c.overdue()).isEqualTo(2); // 15 days from 31 March and 3 April, today is 20 April
        });
        // The deadline engine: case A's complaint (due 18 April) unanswered, so missed; case B was withdrawn,
        // and a withdrawn case keeps no open deadlines.
        assertThat(d.deadlinesAvailable()).isTrue();
        assertThat(d.deadlines()).filteredOn(o -> o.kind() == DeadlineKind.COMPLAINT_ANSWER).singleElement()
                .satisfies(o -> assertThat(List.of(o.met(), o.missed(), o.open())).containsExactly(0L, 1L, 0L));

        // Case A was opened at 00:30 on 1 April in Beijing (31 March in UTC): April's, not March's.
        Dashboard march = dashboards.dashboard(MARCH_1, MARCH_31, "counsellor2");
        assertThat(march.months()).containsExactly(new CaseMonth(YearMonth.of(2021, 3), 1, 0, 0));
        assertThat(march.complaints()).singleElement().satisfies(c -> assertThat(c.complaints()).isEqualTo(1));
        assertThat(march.agreements().kept() + march.agreements().lapsed()).isZero();
        Dashboard april = dashboards.dashboard(APRIL_1, APRIL_30, "counsellor2");
        assertThat(april.months()).containsExactly(new CaseMonth(YearMonth.of(2021, 4), 1, 0, 1));

        // Everyone's: case C (counsellor, 15 March) as well.
        assertThat(dashboards.dashboard(MARCH_1, MARCH_31, null).months())
                .containsExactly(new CaseMonth(YearMonth.of(2021, 3), 2, 0, 0));
    }

    @Test
    void figures_now_count_open_debts_on_open_cases_and_the_stage_of_each_case() {
        SignedIn.as("admin", Role.ADMIN);
        Dashboard after = dashboards.dashboard(MARCH_1, APRIL_30, "counsellor2");

        // Case A's four debts stay open (an agreement does not settle a debt); withdrawn case B's debt is not managed.
        var before = data.before().debts();
        assertThat(after.debts().debts() - before.debts()).isEqualTo(4);
        assertThat(after.debts().cases() - before.cases()).isEqualTo(1);
        assertThat(after.debts().outstanding().minus(before.outstanding())).isEqualTo(Money.of("20400"));
        assertThat(after.stages().get(Stage.NEGOTIATION) - data.stagesBefore().get(Stage.NEGOTIATION)).isEqualTo(1);
        assertThat(after.stages().get(Stage.WITHDRAWN) - data.stagesBefore().get(Stage.WITHDRAWN)).isEqualTo(1);
    }

    @Test
    void a_counsellor_sees_their_own_figures_and_is_refused_anothers_and_a_client_is_refused() {
        SignedIn.as("admin", Role.ADMIN);
        Dashboard asAdmin = dashboards.dashboard(MARCH_1, APRIL_30, "counsellor2");

        SignedIn.as("counsellor2", Role.COUNSELLOR);
        Dashboard own = dashboards.dashboard(MARCH_1, APRIL_30, null);
        assertThat(own).isEqualTo(asAdmin);
        assertThat(dashboards.counsellors()).containsExactly("counsellor2");
        assertThatThrownBy(() -> dashboards.dashboard(MARCH_1, APRIL_30, "counsellor"))
                .isInstanceOf(AccessDeniedException.class);
        // The modules' own statistics refuse it too, not only the dashboard.
        assertThatThrownBy(() -> caseStatistics.casesByStage("counsellor")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agreementStatistics.figures(MARCH_1, APRIL_30, "counsellor"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> complaintReports.outcomes(MARCH_1, APRIL_30, "admin"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.export(DashboardTable.STAGES, MARCH_1, APRIL_30, "counsellor", ZH))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as("client", Role.CLIENT);
        assertThatThrownBy(() -> dashboards.dashboard(MARCH_1, APRIL_30, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> caseStatistics.casesByStage(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> caseloadExport.caseload(CaseloadFilter.none(), ZH))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_dashboard_table_downloads_as_the_table_shown_and_the_export_is_audited() throws IOException {
        SignedIn.as("counsellor2", Role.COUNSELLOR);
        long auditedBefore = exportsAudited("dashboard");

        List<CSVRecord> csv = csv(dashboards.export(DashboardTable.MONTHS, MARCH_1, APRIL_30, null, ZH));

        assertThat(csv.getFirst().values()).containsExactly("月份", "新开", "结案", "撤案");
        assertThat(csv.subList(1, csv.size())).extracting(CSVRecord::values)
                .containsExactly(new String[] {"2021-03", "1", "0", "0"}, new String[] {"2021-04", "1", "0", "1"});
        List<CSVRecord> money = csv(dashboards.export(DashboardTable.MONEY, MARCH_1, APRIL_30, null, Locale.ENGLISH));
        assertThat(money.getFirst().values()).containsExactly("Figure", "Value");
        assertThat(money).extracting(r -> r.get(1)).contains(data.completed().waived().amount().toPlainString());
        assertThat(exportsAudited("dashboard")).isEqualTo(auditedBefore + 2);
    }

    @Test
    void the_caseload_exports_every_page_of_the_callers_own_cases_only() throws IOException {
        SignedIn.as("counsellor2", Role.COUNSELLOR);
        long mine = 0;
        for (var page = cases.caseload(CaseloadFilter.none(), PageRequest.of(0, 50)); ;
             page = cases.caseload(CaseloadFilter.none(), page.nextPageable())) {
            mine += page.getNumberOfElements();
            if (!page.hasNext()) {
                break;
            }
        }

        List<CSVRecord> csv = csv(caseloadExport.caseload(CaseloadFilter.none(), ZH));

        assertThat(csv.getFirst().values()).containsExactly("客户", "阶段", "已收到法院文书", "暴力催收", "逾期天数",
                "咨询师", "最近更新");
        assertThat(csv).hasSize((int) mine + 1);
        assertThat(csv.subList(1, csv.size())).allSatisfy(r -> assertThat(r.get(5)).isEqualTo("counsellor2"));
        assertThat(csv).extracting(r -> r.get(0)).contains("看板甲").doesNotContain("看板丙");
        assertThat(exportsAudited("caseload")).isPositive();
    }

    @Test
    void each_case_list_exports_with_a_header_its_rows_and_formulas_defused_and_another_case_is_refused()
            throws IOException {
        SignedIn.as("counsellor2", Role.COUNSELLOR);
        long caseA = data.caseA();

        List<CSVRecord> callRows = csv(callExport.calls(caseA, CallFilter.ALL, ZH));
        assertThat(callRows.getFirst().get(0)).isEqualTo("日期和时间（北京时间）");
        assertThat(callRows).hasSize(2);
        assertThat(callRows.get(1).get(5)).isEqualTo("'=cmd|' /C calc'!A0");

        List<CSVRecord> incidentRows = csv(incidentExport.incidents(caseA, ZH));
        assertThat(incidentRows).hasSize(2);
        assertThat(incidentRows.get(1).get(2)).startsWith("'=HYPERLINK(");

        List<CSVRecord> complaintRows = csv(complaintReports.export(caseA, ZH));
        assertThat(complaintRows).hasSize(3);
        assertThat(complaintRows).extracting(r -> r.get(0)).anyMatch(cell -> cell.startsWith("'+SUM(1,2) · "));

        List<CSVRecord> paymentRows = csv(agreements.exportPayments(caseA, data.completed().id(), ZH));
        assertThat(paymentRows.getFirst().values()).containsExactly("出借人", "还款日期", "金额", "还款方式", "备注");
        assertThat(paymentRows).hasSize(2);
        assertThat(paymentRows.get(1).get(2)).isEqualTo(data.completed().agreedTotal().amount().toPlainString());
        assertThat(paymentRows.get(1).get(4)).isEqualTo("'@SUM(1)");
        assertThat(csv(agreements.exportPayments(caseA, null, ZH))).hasSize(2);

        assertThat(cases.timeline(caseA, PageRequest.of(0, 20)).getContent())
                .filteredOn(e -> e.action().equals("LIST_EXPORTED")).hasSizeGreaterThanOrEqualTo(5);

        // Counsellor works case C only: case A's lists are refused.
        SignedIn.as("counsellor", Role.COUNSELLOR);
        assertThatThrownBy(() -> callExport.calls(caseA, CallFilter.ALL, ZH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> incidentExport.incidents(caseA, ZH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> complaintReports.export(caseA, ZH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agreements.exportPayments(caseA, null, ZH))
                .isInstanceOf(AccessDeniedException.class);
        // Another case's agreement under one's own case id is not found.
        assertThatThrownBy(() -> agreements.exportPayments(data.caseC(), data.completed().id(), ZH))
                .isInstanceOf(org.reliefdesk.shared.NotFoundException.class);
    }

    // --- the data set ---

    private DataSet build() {
        CLOCK.set(Instant.now());
        SignedIn.as("admin", Role.ADMIN);
        Dashboard before = dashboards.dashboard(MARCH_1, APRIL_30, "counsellor2");

        SignedIn.as("counsellor", Role.COUNSELLOR);
        CLOCK.set(Instant.parse("2021-03-15T02:00:00Z"));
        long caseC = open("看板丙", "13800138023", 1);

        SignedIn.as("counsellor2", Role.COUNSELLOR);
        CLOCK.set(MARCH_31_LATE);
        long caseB = open("看板乙", "13800138022", 1);
        complaint(caseB, "看板催收公司", MARCH_31, false);
        CLOCK.set(APRIL_1_EARLY);
        long caseA = open("看板甲", "13800138021", 4);
        CaseDetails a = cases.get(caseA);
        cases.moveStage(caseA, a.version(), Stage.NEGOTIATION, null);
        List<Long> debts = cases.get(caseA).debtsByPriority().stream().map(x -> x.id()).sorted().toList();

        CLOCK.set(Instant.parse("2021-04-02T02:00:00Z"));
        cases.moveStage(caseB, cases.get(caseB).version(), Stage.WITHDRAWN, "客户撤回委托");
        AgreementView completed = signed(caseA, debts.get(0), new ProposalTerms(null, 3, true, false,
                new BigDecimal("10"), null, null), LocalDate.of(2021, 4, 30));
        agreements.recordPayment(caseA, completed.id(), new PaymentDraft(LocalDate.of(2021, 4, 2),
                completed.agreedTotal(), PaymentMethod.ALIPAY, "@SUM(1)"));
        signed(caseA, debts.get(1), ProposalTerms.instalments(3), LocalDate.of(2021, 4, 10));
        AgreementView lapsed = signed(caseA, debts.get(2), ProposalTerms.instalments(1), LocalDate.of(2021, 5, 31));
        agreements.lapse(caseA, lapsed.id(), lapsed.version(), "出借人终止协议");
        signed(caseA, debts.get(3), ProposalTerms.instalments(2), LocalDate.of(2021, 6, 30));

        CLOCK.set(Instant.parse("2021-04-03T02:00:00Z"));
        complaint(caseA, "看板资产管理", LocalDate.of(2021, 4, 3), false);
        complaint(caseA, "+SUM(1,2)", null, true);
        calls.log(caseA, new CallDetails(null, Instant.parse("2021-04-03T01:00:00Z"), CallDirection.OUTGOING,
                CallParty.LENDER_SERVICE, null, null, Duration.ofMinutes(5), "=cmd|' /C calc'!A0",
                CallOutcome.CALLBACK_PROMISED, null, null));
        incidents.record(caseA, new IncidentDetails(null, Instant.parse("2021-04-02T15:30:00Z"), IncidentChannel.CALL,
                "=HYPERLINK(\"http://x\")", true, "13900139000", Reached.CLIENT, Set.of(IncidentCategory.INSULT),
                true, false, "辱骂"));
        SignedIn.as("counsellor", Role.COUNSELLOR);
        complaint(caseC, "看板丙催收", LocalDate.of(2021, 4, 3), false);

        SignedIn.as("counsellor2", Role.COUNSELLOR);
        AgreementView paid = agreements.agreement(caseA, completed.id());
        SignedIn.nobody();
        return new DataSet(caseA, caseB, caseC, paid, before, before.stages());
    }

    /** A case past intake's paperwork (budget, consents) with debts of 5,100 each (5,000 + 80 + 20). */
    private long open(String name, String mobile, int debtCount) {
        long caseId = cases.openCase(Intakes.intake(name, mobile)).caseId();
        String[] lenders = {"借呗", "微粒贷", "360借条", "京东金条"};
        CaseDetails c = cases.get(caseId);
        for (int i = 0; i < debtCount; i++) {
            c = cases.addDebt(caseId, c.version(), new DebtDetails(lenders[i], LenderType.ONLINE_PLATFORM, "消费贷",
                    LocalDate.of(2020, 1, 10), Money.of("6000"), Money.of("6000"), Money.ZERO, new BigDecimal("18"),
                    RateBasis.ANNUAL, 12, Money.of("1000"), Money.of("5000"), Money.of("80"), Money.of("20"),
                    LocalDate.of(2020, 12, 1), null, false));
        }
        LocalDate today = LocalDate.now(CLOCK);
        c = cases.saveBudget(caseId, c.version(), new Budget(List.of(new Budget.Line(true, null, "工资",
                Money.of("6000")), new Budget.Line(false, ExpenseCategory.HOUSING, "房租", Money.of("2500"))), 0));
        c = cases.recordConsent(caseId, c.version(), ConsentKind.PERSONAL_DATA, today, ConsentMethod.SIGNED_PAPER);
        cases.recordConsent(caseId, c.version(), ConsentKind.SENSITIVE_DATA, today, ConsentMethod.SIGNED_PAPER);
        return caseId;
    }

    private AgreementView signed(long caseId, long debtId, ProposalTerms terms, LocalDate firstDue) {
        LocalDate today = LocalDate.now(CLOCK);
        ProposalView p = negotiation.propose(caseId, debtId, new ProposalDraft(ProposalSide.CLIENT, today, terms,
                Set.of()));
        p = negotiation.changeStatus(caseId, p.id(), p.version(), ProposalStatus.ACCEPTED, "同意");
        AgreementView draft = agreements.draft(caseId, p.id(), new AgreementDraft(null, firstDue, 3, 2));
        evidence.store(caseId, new UploadedFile("签署版.pdf", new ByteArrayInputStream(pdf())),
                EvidenceCategory.OTHER, null, EvidenceTarget.agreement(draft.id()));
        return agreements.sign(caseId, draft.id(), draft.version(), APRIL_1);
    }

    /** A complaint against an agency through the lender channel (15 days to answer), filed on the date given. */
    private void complaint(long caseId, String agency, LocalDate filedOn, boolean draftOnly) {
        ComplaintView draft = complaints.draft(caseId, new ComplaintDraft(null, agency, null,
                Set.of(Grievance.HARASSING_CONTACT), Set.of(), "停止骚扰", ChannelCode.LENDER));
        if (!draftOnly) {
            complaints.file(caseId, draft.id(), draft.version(), filedOn, FilingMethod.PHONE, null);
        }
    }

    private long exportsAudited(String targetType) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'LIST_EXPORTED'"
                + " and target_type = ?", Long.class, targetType);
    }

    /** Writes the table as the download does and reads it back; the BOM must be there. */
    private static List<CSVRecord> csv(CsvExport.Table table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(out, table.header(), table.rows());
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        return new ArrayList<>(CSVFormat.RFC4180.parse(new StringReader(text)).getRecords());
    }

    private static byte[] pdf() {
        byte[] head = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = Arrays.copyOf(head, 2000);
        for (int i = head.length; i < bytes.length; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }
}
