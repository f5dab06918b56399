package org.reliefdesk.creditrepair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.IntegrationTest;
import org.reliefdesk.MovableClock;
import org.reliefdesk.SignedIn;
import org.reliefdesk.agreement.AgreementDraft;
import org.reliefdesk.agreement.AgreementService;
import org.reliefdesk.casefile.Budget;
import org.reliefdesk.casefile.CaseAlert;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.ConsentKind;
import org.reliefdesk.casefile.ConsentMethod;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.casefile.DebtResolution;
import org.reliefdesk.casefile.ExpenseCategory;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.casefile.RateBasis;
import org.reliefdesk.casefile.Stage;
import org.reliefdesk.casefile.StageMoveRefusedException;
import org.reliefdesk.evidence.EvidenceCategory;
import org.reliefdesk.evidence.EvidenceItem;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.evidence.UploadedFile;
import org.reliefdesk.negotiation.NegotiationService;
import org.reliefdesk.negotiation.ProposalDraft;
import org.reliefdesk.negotiation.ProposalSide;
import org.reliefdesk.negotiation.ProposalStatus;
import org.reliefdesk.negotiation.ProposalTerms;
import org.reliefdesk.negotiation.ProposalView;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.convention.TestBean;

@IntegrationTest(properties = {"reliefdesk.demo=true", "reliefdesk.test.context=creditrepair"})
class CreditRepairIntegrationTest {

    /** 10:00 on 2 March 2026 in Beijing. */
    private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    static final MovableClock CLOCK = new MovableClock(START);

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @Autowired
    CreditRepairService credit;
    @Autowired
    CreditAlerts alerts;
    @Autowired
    CaseService cases;
    @Autowired
    EvidenceService evidence;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NegotiationService negotiation;
    @Autowired
    AgreementService agreements;

    private long caseId;
    private long debtId;
    private String client;

    @BeforeEach
    void aCaseWithOneDebt() {
        CLOCK.set(START);
        SignedIn.as("counsellor", Role.COUNSELLOR);
        CaseService.OpenedCase opened = cases.openCase(Intakes.intake("征信测试", "13800138000"));
        caseId = opened.caseId();
        client = opened.clientLogin().account().username();
        debtId = cases.addDebt(caseId, cases.get(caseId).version(), debt()).debtsByPriority().getFirst().id();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private static DebtDetails debt() {
        return new DebtDetails("招联消费金融", LenderType.CONSUMER_FINANCE, "消费贷", LocalDate.of(2023, 1, 10),
                Money.of("6000"), Money.of("6000"), Money.ZERO, new BigDecimal("18"), RateBasis.ANNUAL, 12,
                Money.of("1000"), Money.of("5000"), Money.of("80"), Money.of("20"), LocalDate.of(2023, 12, 1), null,
                false);
    }

    private CreditCheckView check(LocalDate on) {
        return credit.recordCheck(caseId, new CreditCheckDraft(on, CheckSource.PBOC_REPORT, "两条逾期记录"));
    }

    @Test
    void entries_of_a_check_carry_their_expiry_from_the_settlement_date_and_unsettled_ones_none() {
        CreditCheckView check = check(MARCH_2);
        NegativeEntryView leap = credit.addEntry(caseId, check.id(), new NegativeEntryDraft(debtId, null,
                EntryKind.OVERDUE, Money.of("5100"), LocalDate.of(2024, 2, 29)));
        NegativeEntryView other = credit.addEntry(caseId, check.id(), new NegativeEntryDraft(null, " 某小额贷款公司 ",
                EntryKind.BAD_DEBT, null, null));

        assertThat(leap.lenderName()).isEqualTo("招联消费金融");
        assertThat(leap.expiresOn()).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(leap.countdown(MARCH_2)).isEqualTo(new Countdown(2, 363, 1094));
        assertThat(other.lenderName()).isEqualTo("某小额贷款公司");
        assertThat(other.expiresOn()).isNull();
        assertThat(credit.entries(caseId, PageRequest.of(0, 10)).getContent()).extracting(NegativeEntryView::id)
                .containsExactly(leap.id(), other.id());

        assertThatThrownBy(() -> credit.addEntry(caseId, check.id(), new NegativeEntryDraft(debtId, null,
                EntryKind.OVERDUE, null, MARCH_2.plusDays(1)))).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("creditrepair.error.settledOn"));
        assertThatThrownBy(() -> credit.addEntry(caseId, check.id(), new NegativeEntryDraft(null, " ",
                EntryKind.OVERDUE, null, null))).isInstanceOf(InvalidValueException.class);

        // Ids of another case are simply not found.
        long otherCase = cases.openCase(Intakes.intake("另一个案件", "13800138001")).caseId();
        long otherDebt = cases.addDebt(otherCase, cases.get(otherCase).version(), debt()).debtsByPriority()
                .getFirst().id();
        assertThatThrownBy(() -> credit.addEntry(caseId, check.id(), new NegativeEntryDraft(otherDebt, null,
                EntryKind.OVERDUE, null, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> credit.addEntry(otherCase, check.id(), new NegativeEntryDraft(null, "某机构",
                EntryKind.OVERDUE, null, null))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_correction_with_a_stale_version_is_refused_and_a_good_one_is_audited_before_and_after() {
        CreditCheckView check = check(MARCH_2);
        NegativeEntryView entry = credit.addEntry(caseId, check.id(), new NegativeEntryDraft(debtId, null,
                EntryKind.OVERDUE, null, null));
        NegativeEntryView settled = credit.correctEntry(caseId, entry.id(), entry.version(),
                new NegativeEntryDraft(debtId, null, EntryKind.OVERDUE, null, LocalDate.of(2026, 1, 15)));
        assertThat(settled.expiresOn()).isEqualTo(LocalDate.of(2031, 1, 15));

        assertThatThrownBy(() -> credit.correctEntry(caseId, entry.id(), entry.version(), new NegativeEntryDraft(
                debtId, null, EntryKind.BAD_DEBT, null, null))).isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> credit.correctCheck(caseId, check.id(), check.version() + 1, new CreditCheckDraft(
                MARCH_2, CheckSource.BANK_APP, null))).isInstanceOf(ConcurrentChangeException.class);
        CreditCheckView corrected = credit.correctCheck(caseId, check.id(), check.version(),
                new CreditCheckDraft(MARCH_2.minusDays(1), CheckSource.BANK_APP, "客户另有一笔未申报的借款"));
        assertThat(corrected.source()).isEqualTo(CheckSource.BANK_APP);

        assertThat(jdbc.queryForObject("select summary from audit_event where case_id = ? and action = ?",
                String.class, caseId, "CREDIT_ENTRY_CORRECTED")).contains("settledOn: — → 2026-01-15")
                .contains("expiresOn: — → 2031-01-15");
        assertThat(jdbc.queryForObject("select summary from audit_event where case_id = ? and action = ?",
                String.class, caseId, "CREDIT_CHECK_CORRECTED")).contains("checkedOn: 2026-03-02 → 2026-03-01")
                .contains("source: PBOC_REPORT → BANK_APP").contains("findings changed")
                .doesNotContain("未申报");
    }

    @Test
    void a_dispute_unanswered_after_twenty_days_is_flagged_on_the_case_and_the_caseload_until_answered() {
        CreditCheckView check = check(MARCH_2);
        NegativeEntryView entry = credit.addEntry(caseId, check.id(), new NegativeEntryDraft(debtId, null,
                EntryKind.OVERDUE, null, null));
        DisputeView dispute = credit.fileDispute(caseId, new DisputeDraft(MARCH_2, "该笔贷款已于2025年结清，逾期记录有误",
                entry.id(), DisputeParty.REPORTING_INSTITUTION, null));
        assertThat(dispute.dueOn()).isEqualTo(LocalDate.of(2026, 3, 22));
        assertThat(dispute.institution()).isEqualTo("招联消费金融");
        assertThat(dispute.status()).isEqualTo(DisputeStatus.FILED);

        CLOCK.set(Instant.parse("2026-03-22T15:59:00Z")); // 23:59 on the due day in Beijing
        assertThat(credit.overdueDisputes(caseId)).isEmpty();
        assertThat(alerts.badgesFor(List.of(caseId))).isEmpty();

        CLOCK.set(Instant.parse("2026-03-22T16:00:00Z")); // midnight: 23 March in Beijing
        assertThat(alerts.alertsFor(caseId)).filteredOn(CaseAlert::urgent).singleElement()
                .satisfies(a -> {
                    assertThat(a.messageKey()).isEqualTo("creditrepair.alert.disputeOverdue");
                    assertThat(a.params()).containsExactly("2026-03-02", "2026-03-22", 1L);
                });
        assertThat(alerts.badgesFor(List.of(caseId, -1L))).containsOnlyKeys(caseId);
        SignedIn.as("counsellor2", Role.COUNSELLOR);
        assertThat(alerts.badgesFor(List.of(caseId))).isEmpty();
        SignedIn.as("admin", Role.ADMIN);
        assertThat(alerts.badgesFor(List.of(caseId))).containsOnlyKeys(caseId);
        SignedIn.as("counsellor", Role.COUNSELLOR);

        assertThatThrownBy(() -> credit.moveDispute(caseId, dispute.id(), dispute.version(), DisputeStatus.UPHELD,
                LocalDate.of(2026, 3, 23), "已删除")).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("creditrepair.error.disputeMove"));
        DisputeView answered = credit.moveDispute(caseId, dispute.id(), dispute.version(), DisputeStatus.ANSWERED,
                LocalDate.of(2026, 3, 23), "机构回复已核实，将更正");
        assertThat(answered.overdue()).isFalse();
        assertThat(credit.overdueDisputes(caseId)).isEmpty();
        assertThatThrownBy(() -> credit.moveDispute(caseId, dispute.id(), dispute.version(), DisputeStatus.UPHELD,
                LocalDate.of(2026, 3, 23), null)).isInstanceOf(ConcurrentChangeException.class);
        DisputeView upheld = credit.moveDispute(caseId, dispute.id(), answered.version(), DisputeStatus.UPHELD,
                LocalDate.of(2026, 3, 23), null);
        assertThat(upheld.status()).isEqualTo(DisputeStatus.UPHELD);
        assertThat(upheld.outcomeText()).isEqualTo("机构回复已核实，将更正");
    }

    @Test
    void the_next_check_is_six_months_after_the_last_and_alerts_within_thirty_days_and_when_overdue() {
        assertThat(credit.nextCheckOn(caseId)).isEmpty();
        check(LocalDate.of(2026, 1, 5));
        check(MARCH_2);
        assertThat(credit.nextCheckOn(caseId)).hasValue(LocalDate.of(2026, 9, 2));
        assertThat(alerts.alertsFor(caseId)).isEmpty();

        CLOCK.set(Instant.parse("2026-08-10T02:00:00Z"));
        assertThat(alerts.alertsFor(caseId)).singleElement().satisfies(a -> {
            assertThat(a.messageKey()).isEqualTo("creditrepair.alert.checkDue");
            assertThat(a.params()).containsExactly("2026-09-02", 23L);
            assertThat(a.urgent()).isFalse();
        });
        CLOCK.set(Instant.parse("2026-09-12T02:00:00Z"));
        assertThat(alerts.alertsFor(caseId)).singleElement()
                .satisfies(a -> assertThat(a.messageKey()).isEqualTo("creditrepair.alert.checkOverdue"));
    }

    @Test
    void closing_from_credit_repair_needs_the_outcome_summary() {
        CaseDetails c = inCreditRepair();
        long version = c.version();
        assertThatThrownBy(() -> cases.moveStage(caseId, version, Stage.CLOSED, "全部结清"))
                .isInstanceOfSatisfying(StageMoveRefusedException.class, e -> assertThat(e.blockers())
                        .anySatisfy(b -> assertThat(b.messageKey()).isEqualTo("creditrepair.blocked.outcome")));

        OutcomeDraft prefill = credit.outcomePrefill(caseId);
        assertThat(prefill.debtsSettled()).isEqualTo(1);
        assertThat(prefill.monthsTaken()).isZero();
        assertThat(prefill.amountWaived()).isEqualTo(Money.ZERO); // no kept agreement waived anything
        CLOCK.set(Instant.parse("2026-11-03T02:00:00Z"));
        assertThat(credit.outcomePrefill(caseId).monthsTaken()).isEqualTo(8);

        assertThatThrownBy(() -> credit.recordOutcome(caseId, null, new OutcomeDraft(1, Money.of("800"), 8, " ")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("creditrepair.error.summary"));
        CreditOutcome outcome = credit.recordOutcome(caseId, null, new OutcomeDraft(1, Money.of("800"), 8,
                "招联消费金融减免罚息后一次结清"));
        assertThatThrownBy(() -> credit.recordOutcome(caseId, null, new OutcomeDraft(1, Money.of("900"), 8, "再记")))
                .isInstanceOf(ConcurrentChangeException.class);
        CreditOutcome corrected = credit.recordOutcome(caseId, outcome.version(), new OutcomeDraft(1,
                Money.of("900"), 8, "招联消费金融减免罚息后一次结清"));
        assertThat(corrected.amountWaived()).isEqualTo(Money.of("900"));
        assertThat(credit.outcomePrefill(caseId).amountWaived()).isEqualTo(Money.of("900"));

        c = cases.moveStage(caseId, cases.get(caseId).version(), Stage.CLOSED, "全部结清");
        assertThat(c.stage()).isEqualTo(Stage.CLOSED);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where case_id = ? and action like ?",
                Long.class, caseId, "CREDIT_OUTCOME_%")).isEqualTo(2);
    }

    @Test
    void the_client_reads_their_own_section_only_and_other_people_are_refused() {
        CreditCheckView check = check(MARCH_2);
        credit.addEntry(caseId, check.id(), new NegativeEntryDraft(debtId, null, EntryKind.OVERDUE, null,
                LocalDate.of(2025, 6, 30)));
        credit.fileDispute(caseId, new DisputeDraft(MARCH_2, "逾期天数有误", null, DisputeParty.CREDIT_CENTRE, null));

        SignedIn.as(client, Role.CLIENT);
        ClientCredit mine = credit.forClient(caseId);
        assertThat(mine.entries()).singleElement()
                .satisfies(e -> assertThat(e.expiresOn()).isEqualTo(LocalDate.of(2030, 6, 30)));
        assertThat(mine.disputes()).singleElement()
                .satisfies(d -> assertThat(d.dueOn()).isEqualTo(LocalDate.of(2026, 3, 22)));
        assertThat(mine.nextCheckOn()).isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(mine.outcome()).isNull();
        assertThatThrownBy(() -> credit.checks(caseId, PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> credit.recordCheck(caseId, new CreditCheckDraft(MARCH_2, CheckSource.OTHER, null)))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as("client2", Role.CLIENT);
        assertThatThrownBy(() -> credit.forClient(caseId)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as("counsellor2", Role.COUNSELLOR);
        assertThatThrownBy(() -> credit.forClient(caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> credit.recordCheck(caseId, new CreditCheckDraft(MARCH_2, CheckSource.OTHER, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> credit.disputes(caseId, PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_report_file_and_dispute_evidence_link_only_to_checks_and_disputes_of_the_same_case() {
        CreditCheckView check = check(MARCH_2);
        DisputeView dispute = credit.fileDispute(caseId, new DisputeDraft(MARCH_2, "逾期天数有误", null,
                DisputeParty.CREDIT_CENTRE, null));
        EvidenceItem report = evidence.store(caseId, new UploadedFile("征信报告.pdf",
                new ByteArrayInputStream(pdf())), EvidenceCategory.OTHER, null, EvidenceTarget.creditCheck(check.id()),
                EvidenceTarget.dispute(dispute.id()));
        assertThat(evidence.linkedTo(caseId, EvidenceTarget.creditCheck(check.id()))).extracting(EvidenceItem::id)
                .containsExactly(report.id());
        assertThat(evidence.linkedTo(caseId, EvidenceTarget.dispute(dispute.id()))).extracting(EvidenceItem::id)
                .containsExactly(report.id());

        long otherCase = cases.openCase(Intakes.intake("另一个案件", "13800138002")).caseId();
        CreditCheckView otherCheck = credit.recordCheck(otherCase, new CreditCheckDraft(MARCH_2,
                CheckSource.OTHER, null));
        assertThatThrownBy(() -> evidence.link(caseId, report.id(), EvidenceTarget.creditCheck(otherCheck.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_demo_has_a_worked_credit_repair_case_with_an_overdue_dispute_and_closed_cases_with_an_outcome() {
        assertThat(jdbc.queryForObject("""
                select count(*) from credit_dispute d join case_file f on f.id = d.case_id
                where f.stage = 'CREDIT_REPAIR' and d.status = 'FILED' and d.due_on < date '2026-03-02'""",
                Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForList("""
                select count(*) from credit_entry e join case_file f on f.id = e.case_id
                where f.stage = 'CREDIT_REPAIR' group by e.case_id""", Long.class)).containsExactly(2L, 2L);
        assertThat(jdbc.queryForObject("""
                select count(*) from case_file f join credit_outcome o on o.case_id = f.id where f.stage = 'CLOSED'""",
                Long.class)).isEqualTo(2);
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

    private CaseDetails inCreditRepair() {
        CaseDetails c = cases.get(caseId);
        c = cases.recordConsent(caseId, c.version(), ConsentKind.PERSONAL_DATA, MARCH_2, ConsentMethod.SIGNED_PAPER);
        c = cases.recordConsent(caseId, c.version(), ConsentKind.SENSITIVE_DATA, MARCH_2, ConsentMethod.SIGNED_PAPER);
        c = cases.saveBudget(caseId, c.version(), new Budget(List.of(
                new Budget.Line(true, null, "工资", Money.yuan(6000)),
                new Budget.Line(false, ExpenseCategory.HOUSING, "房租", Money.yuan(1500))), 0));
        c = cases.moveStage(caseId, c.version(), Stage.NEGOTIATION, null);
        // The lender accepted a one-off settlement; it was drafted as the agreement and paid at once.
        ProposalView offer = negotiation.propose(caseId, debtId, new ProposalDraft(ProposalSide.CLIENT, MARCH_2,
                ProposalTerms.instalments(1), Set.of()));
        offer = negotiation.changeStatus(caseId, offer.id(), offer.version(), ProposalStatus.ACCEPTED, "同意一次结清");
        agreements.draft(caseId, offer.id(), new AgreementDraft(null, MARCH_2.plusDays(7), 3, 1));
        c = cases.get(caseId);
        // Settled, so no agreement module's rule for later stages holds the debt back.
        c = cases.resolveDebt(caseId, debtId, c.version(), DebtResolution.SETTLED, MARCH_2, "一次结清");
        for (Stage stage : List.of(Stage.AGREEMENT, Stage.REPAYMENT, Stage.CREDIT_REPAIR)) {
            c = cases.moveStage(caseId, c.version(), stage, null);
        }
        return c;
    }
}
