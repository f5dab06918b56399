package org.reliefdesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.IntegrationTest;
import org.reliefdesk.SignedIn;
import org.reliefdesk.casefile.Budget;
import org.reliefdesk.casefile.CaseAlert;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.ConsentKind;
import org.reliefdesk.casefile.ConsentMethod;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.casefile.DebtResolution;
import org.reliefdesk.casefile.ExpenseCategory;
import org.reliefdesk.casefile.IntakeDetails;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.casefile.RateBasis;
import org.reliefdesk.casefile.Stage;
import org.reliefdesk.casefile.StageMoveRefusedException;
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
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.convention.TestBean;

@IntegrationTest(properties = {"reliefdesk.demo=true", "reliefdesk.test.context=agreement"})
class AgreementServiceIntegrationTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** 10:00 on 2 March 2026 in Beijing. */
    private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    static final MovableClock CLOCK = new MovableClock();

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @Autowired
    AgreementService agreements;
    @Autowired
    MissedInstalmentAlerts alerts;
    @Autowired
    NegotiationService negotiation;
    @Autowired
    CaseService cases;
    @Autowired
    EvidenceService evidence;
    @Autowired
    JdbcTemplate jdbc;

    private long caseId;
    private long debtId;
    private String client;

    /** A case in negotiation with one debt of 5,100 (5,000 + 80 interest + 20 penalties). */
    @BeforeEach
    void aCaseInNegotiation() {
        CLOCK.set(START);
        SignedIn.as("counsellor", Role.COUNSELLOR);
        IntakeDetails intake = Intakes.intake("协议测试", "13800138000");
        client = intake.clientUsername();
        caseId = cases.openCase(intake).caseId();
        CaseDetails c = cases.addDebt(caseId, cases.get(caseId).version(), debt("借呗"));
        debtId = c.debtsByPriority().getFirst().id();
        c = cases.saveBudget(caseId, c.version(), new Budget(List.of(new Budget.Line(true, null, "工资",
                Money.of("6000")), new Budget.Line(false, ExpenseCategory.HOUSING, "房租", Money.of("2500"))), 0));
        c = cases.recordConsent(caseId, c.version(), ConsentKind.PERSONAL_DATA, MARCH_2, ConsentMethod.SIGNED_PAPER);
        c = cases.recordConsent(caseId, c.version(), ConsentKind.SENSITIVE_DATA, MARCH_2, ConsentMethod.SIGNED_PAPER);
        cases.moveStage(caseId, c.version(), Stage.NEGOTIATION, null);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    static DebtDetails debt(String lender) {
        return new DebtDetails(lender, LenderType.ONLINE_PLATFORM, "消费贷", LocalDate.of(2025, 1, 10),
                Money.of("6000"), Money.of("6000"), Money.ZERO, new BigDecimal("18"), RateBasis.ANNUAL, 12,
                Money.of("1000"), Money.of("5000"), Money.of("80"), Money.of("20"), LocalDate.of(2025, 12, 1), null,
                false);
    }

    private ProposalView proposal(long debt, int instalments) {
        return negotiation.propose(caseId, debt, new ProposalDraft(ProposalSide.CLIENT, MARCH_2,
                ProposalTerms.instalments(instalments), Set.of()));
    }

    private ProposalView accepted(long debt, int instalments) {
        ProposalView p = proposal(debt, instalments);
        return negotiation.changeStatus(caseId, p.id(), p.version(), ProposalStatus.ACCEPTED, "同意");
    }

    private static AgreementDraft terms(LocalDate firstDue) {
        return new AgreementDraft(null, firstDue, 3, 2);
    }

    private AgreementView signed(AgreementView a) {
        evidence.store(caseId, new UploadedFile("签署版.pdf", new ByteArrayInputStream(pdf())),
                EvidenceCategory.OTHER, null, EvidenceTarget.agreement(a.id()));
        return agreements.sign(caseId, a.id(), a.version(), MARCH_2);
    }

    private void move(Stage to, String reason) {
        cases.moveStage(caseId, cases.get(caseId).version(), to, reason);
    }

    @Test
    void an_agreement_is_drafted_only_from_an_accepted_proposal_and_only_one_is_live_per_debt() {
        ProposalView draft = proposal(debtId, 3);
        assertThatThrownBy(() -> agreements.draft(caseId, draft.id(), terms(LocalDate.of(2026, 3, 31))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("agreement.error.notAccepted"));
        ProposalView accepted = negotiation.changeStatus(caseId, draft.id(), draft.version(), ProposalStatus.ACCEPTED,
                null);

        AgreementView a = agreements.draft(caseId, accepted.id(), terms(LocalDate.of(2026, 3, 31)));

        assertThat(a.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(a.registeredName()).isEqualTo("借呗");
        assertThat(a.agreedTotal()).isEqualTo(Money.of("5100"));
        assertThat(a.schedule()).extracting(s -> s.instalment().due()).containsExactly(LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 31));
        assertThat(a.paidBefore()).isEqualTo(Money.of("1000"));
        assertThatThrownBy(() -> agreements.draft(caseId, accepted.id(), terms(LocalDate.of(2026, 3, 31))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("agreement.error.alreadyLive"));
        assertThat(actions()).contains("AGREEMENT_DRAFTED");
    }

    @Test
    void a_revised_draft_is_a_new_revision_the_old_one_stays_readable_and_a_stale_save_is_refused() {
        AgreementView a = agreements.draft(caseId, accepted(debtId, 3).id(), terms(LocalDate.of(2026, 3, 31)));

        AgreementView b = agreements.revise(caseId, a.id(), a.version(),
                new AgreementDraft("重庆蚂蚁消费金融有限公司", LocalDate.of(2026, 4, 15), 5, 3));

        assertThat(b.revision()).isEqualTo(2);
        assertThat(b.registeredName()).isEqualTo("重庆蚂蚁消费金融有限公司");
        List<AgreementView> revisions = agreements.revisions(caseId, a.id());
        assertThat(revisions).extracting(AgreementView::revision).containsExactly(1, 2);
        assertThat(revisions.getFirst().firstDue()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(revisions.getFirst().registeredName()).isEqualTo("借呗");
        assertThat(revisions.getFirst().schedule().getFirst().instalment().due()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(revisions.getLast().graceDays()).isEqualTo(5);
        assertThatThrownBy(() -> agreements.revise(caseId, a.id(), a.version(), terms(LocalDate.of(2026, 5, 1))))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void signing_needs_the_signed_copy_in_the_evidence_vault_and_then_the_draft_is_frozen() {
        AgreementView a = agreements.draft(caseId, accepted(debtId, 3).id(), terms(LocalDate.of(2026, 3, 31)));
        assertThatThrownBy(() -> agreements.sign(caseId, a.id(), a.version(), MARCH_2))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("agreement.error.noSignedCopy"));

        AgreementView s = signed(a);

        assertThat(s.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(s.signedOn()).isEqualTo(MARCH_2);
        assertThatThrownBy(() -> agreements.revise(caseId, s.id(), s.version(), terms(LocalDate.of(2026, 4, 1))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("agreement.error.notDraft"));
    }

    @Test
    void what_lenders_waived_counts_only_the_kept_agreements_for_the_outcome_summary() {
        ProposalView p = negotiation.propose(caseId, debtId, new ProposalDraft(ProposalSide.CLIENT, MARCH_2,
                new ProposalTerms(null, 3, true, false, new BigDecimal("10"), null, null), Set.of()));
        p = negotiation.changeStatus(caseId, p.id(), p.version(), ProposalStatus.ACCEPTED, "同意");
        AgreementView draft = agreements.draft(caseId, p.id(), terms(LocalDate.of(2026, 3, 31)));
        assertThat(draft.waived().isZero()).isFalse();
        // A draft is not yet what the lender gave up.
        assertThat(agreements.waivedOnKeptAgreements(caseId)).isEqualTo(Money.ZERO);

        AgreementView kept = signed(draft);

        assertThat(agreements.waivedOnKeptAgreements(caseId)).isEqualTo(kept.waived()).isEqualTo(draft.waived());
    }

    @Test
    void the_stages_agreement_repayment_and_credit_repair_need_drafted_signed_and_completed_agreements() {
        assertThatThrownBy(() -> move(Stage.AGREEMENT, null)).isInstanceOfSatisfying(
                StageMoveRefusedException.class, e -> assertThat(e.blockers()).extracting(b -> b.messageKey())
                        .containsExactly("agreement.blocked.noAgreement"));
        long second = cases.addDebt(caseId, cases.get(caseId).version(), debt("微粒贷")).debtsByPriority().stream()
                .filter(d -> d.details().lenderName().equals("微粒贷")).findFirst().orElseThrow().id();
        AgreementView a = agreements.draft(caseId, accepted(debtId, 1).id(), terms(LocalDate.of(2026, 3, 20)));
        move(Stage.AGREEMENT, null);

        assertThatThrownBy(() -> move(Stage.REPAYMENT, null)).isInstanceOfSatisfying(
                StageMoveRefusedException.class, e -> assertThat(e.blockers()).extracting(b -> b.arguments())
                        .containsExactlyInAnyOrder(List.of("借呗"), List.of("微粒贷")));
        a = signed(a);
        CaseDetails c = cases.get(caseId);
        cases.resolveDebt(caseId, second, c.version(), DebtResolution.EXCLUDED, null, "出借人无牌照，另行处理");
        move(Stage.REPAYMENT, null);
        assertThat(cases.get(caseId).stage()).isEqualTo(Stage.REPAYMENT);

        assertThatThrownBy(() -> move(Stage.CREDIT_REPAIR, null)).isInstanceOfSatisfying(
                StageMoveRefusedException.class, e -> assertThat(e.blockers()).extracting(b -> b.messageKey())
                        .containsExactly("agreement.blocked.notCompleted"));
        agreements.recordPayment(caseId, a.id(), new PaymentDraft(MARCH_2, Money.of("5100"), PaymentMethod.ALIPAY,
                null));
        assertThat(agreements.agreement(caseId, a.id()).status()).isEqualTo(AgreementStatus.COMPLETED);
        move(Stage.CREDIT_REPAIR, null);
        assertThat(cases.get(caseId).stage()).isEqualTo(Stage.CREDIT_REPAIR);
    }

    @Test
    void payments_are_tracked_a_missed_instalment_flags_the_case_and_a_reversal_reopens_it() {
        AgreementView a = signed(agreements.draft(caseId, accepted(debtId, 3).id(),
                terms(LocalDate.of(2026, 3, 31))));
        assertThatThrownBy(() -> agreements.recordPayment(caseId, a.id(), new PaymentDraft(MARCH_2.plusDays(1),
                Money.of("10"), PaymentMethod.CASH, null))).isInstanceOf(InvalidValueException.class);
        PaymentView first = agreements.recordPayment(caseId, a.id(), new PaymentDraft(MARCH_2, Money.of("1000"),
                PaymentMethod.WECHAT_PAY, "微信转账"));
        assertThat(agreements.agreement(caseId, a.id()).schedule().getFirst().status())
                .isEqualTo(InstalmentStatus.PARTLY_PAID);
        assertThat(alerts.alertsFor(caseId)).isEmpty();

        // 1 April 2026, 00:30 in Beijing (still 31 March in UTC): the first instalment is missed.
        CLOCK.set(Instant.parse("2026-03-31T16:30:00Z"));
        List<CaseAlert> flagged = alerts.alertsFor(caseId);
        assertThat(flagged).singleElement().satisfies(alert -> {
            assertThat(alert.urgent()).isTrue();
            assertThat(alert.params()).containsExactly("借呗", "2026-03-31", "¥700.00");
        });
        assertThat(alerts.badgesFor(List.of(caseId))).containsOnlyKeys(caseId);
        SignedIn.as("counsellor2", Role.COUNSELLOR);
        assertThat(alerts.badgesFor(List.of(caseId))).isEmpty();
        SignedIn.as("counsellor", Role.COUNSELLOR);

        agreements.recordPayment(caseId, a.id(), new PaymentDraft(LocalDate.of(2026, 4, 1), Money.of("4200"),
                PaymentMethod.BANK_TRANSFER, null));
        AgreementView paid = agreements.agreement(caseId, a.id());
        assertThat(paid.schedule()).extracting(InstalmentState::status).containsExactly(InstalmentStatus.PAID_LATE,
                InstalmentStatus.PAID, InstalmentStatus.PAID);
        assertThat(paid.credit()).isEqualTo(Money.of("100"));
        assertThat(paid.status()).isEqualTo(AgreementStatus.COMPLETED);
        assertThat(alerts.alertsFor(caseId)).isEmpty();

        agreements.reversePayment(caseId, first.id(), first.version(), "重复登记");
        AgreementView reopened = agreements.agreement(caseId, a.id());
        assertThat(reopened.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(reopened.remaining()).isEqualTo(Money.of("900"));
        assertThat(agreements.payments(caseId, a.id())).hasSize(2).first().satisfies(p -> {
            assertThat(p.reversed()).isTrue();
            assertThat(p.reversalReason()).isEqualTo("重复登记");
        });
        assertThat(actions()).contains("AGREEMENT_PAYMENT_RECORDED", "AGREEMENT_COMPLETED",
                "AGREEMENT_PAYMENT_REVERSED", "AGREEMENT_REOPENED");

        move(Stage.AGREEMENT, null);
        move(Stage.REPAYMENT, null);
        move(Stage.NEGOTIATION, "第一期逾期，重新协商");
        assertThat(cases.get(caseId).history()).anySatisfy(m -> {
            assertThat(m.to()).isEqualTo(Stage.NEGOTIATION);
            assertThat(m.reason()).isEqualTo("第一期逾期，重新协商");
        });
    }

    @Test
    void the_client_reads_only_their_own_progress_and_a_masked_pdf_others_are_refused() throws Exception {
        AgreementView a = signed(agreements.draft(caseId, accepted(debtId, 3).id(),
                terms(LocalDate.of(2026, 3, 31))));
        agreements.recordPayment(caseId, a.id(), new PaymentDraft(MARCH_2, Money.of("2000"), PaymentMethod.ALIPAY,
                "内部备注"));
        byte[] staffPdf = agreements.pdf(caseId, a.id());
        assertThat(actions()).contains("ID_NUMBER_REVEALED", "AGREEMENT_PDF_DOWNLOADED");
        assertThat(text(staffPdf)).doesNotContain("********");

        SignedIn.as(client, Role.CLIENT);
        List<AgreementProgress> progress = agreements.progress(caseId);
        assertThat(progress).singleElement().satisfies(p -> {
            assertThat(p.paid()).isEqualTo(Money.of("2000"));
            assertThat(p.remaining()).isEqualTo(Money.of("3100"));
            assertThat(p.nextDue()).isEqualTo(LocalDate.of(2026, 4, 30));
            assertThat(p.nextAmount()).isEqualTo(Money.of("1400"));
        });
        assertThat(Arrays.stream(AgreementProgress.class.getRecordComponents()).map(r -> r.getName()))
                .doesNotContain("note");
        assertThat(text(agreements.pdf(caseId, a.id()))).contains("********");
        assertThatThrownBy(() -> agreements.agreements(caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agreements.payments(caseId, a.id())).isInstanceOf(AccessDeniedException.class);

        SignedIn.as("client2", Role.CLIENT);
        assertThatThrownBy(() -> agreements.progress(caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agreements.pdf(caseId, a.id())).isInstanceOf(AccessDeniedException.class);
        SignedIn.as("counsellor2", Role.COUNSELLOR);
        assertThatThrownBy(() -> agreements.agreement(caseId, a.id())).isInstanceOf(AccessDeniedException.class);

        SignedIn.as("counsellor", Role.COUNSELLOR);
        long other = cases.openCase(Intakes.intake("别的案件", "13900139000")).caseId();
        assertThatThrownBy(() -> agreements.agreement(other, a.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_demo_has_drafts_signed_agreements_with_payments_and_one_missed_instalment() {
        assertThat(jdbc.queryForObject("select count(*) from agreement where status = 'DRAFT'", Long.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from agreement_payment", Long.class)).isPositive();
        List<Long> signedCases = jdbc.queryForList("select case_id from agreement where status = 'SIGNED'",
                Long.class);
        SignedIn.as("admin", Role.ADMIN);
        assertThat(agreements.missedOnCases(signedCases).values()).flatMap(l -> l).singleElement()
                .satisfies(m -> assertThat(m.due()).isEqualTo(MARCH_2.minusMonths(1).minusDays(3).plusMonths(1)));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private List<String> actions() {
        return jdbc.queryForList("select action from audit_event where case_id = ? order by id", String.class, caseId);
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

    /** A clock the tests move. */
    static final class MovableClock extends Clock {
        private volatile Instant now = START;

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return CHINA;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
