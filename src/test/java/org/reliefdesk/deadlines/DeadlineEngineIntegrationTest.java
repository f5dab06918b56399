package org.reliefdesk.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.IntegrationTest;
import org.reliefdesk.MovableClock;
import org.reliefdesk.SignedIn;
import org.reliefdesk.agreement.AgreementDraft;
import org.reliefdesk.agreement.AgreementService;
import org.reliefdesk.agreement.AgreementView;
import org.reliefdesk.agreement.PaymentDraft;
import org.reliefdesk.agreement.PaymentMethod;
import org.reliefdesk.calls.CallDetails;
import org.reliefdesk.calls.CallDirection;
import org.reliefdesk.calls.CallOutcome;
import org.reliefdesk.calls.CallParty;
import org.reliefdesk.calls.CallService;
import org.reliefdesk.casefile.Budget;
import org.reliefdesk.casefile.CaseAlert;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.CaseloadBadgeSource;
import org.reliefdesk.casefile.ConsentKind;
import org.reliefdesk.casefile.ConsentMethod;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.casefile.ExpenseCategory;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.casefile.RateBasis;
import org.reliefdesk.casefile.Stage;
import org.reliefdesk.complaint.ChannelCode;
import org.reliefdesk.complaint.ChannelDefinition;
import org.reliefdesk.complaint.ComplaintDraft;
import org.reliefdesk.complaint.ComplaintService;
import org.reliefdesk.complaint.ComplaintView;
import org.reliefdesk.complaint.FilingMethod;
import org.reliefdesk.complaint.Grievance;
import org.reliefdesk.creditrepair.CheckSource;
import org.reliefdesk.creditrepair.CreditCheckDraft;
import org.reliefdesk.creditrepair.CreditRepairService;
import org.reliefdesk.creditrepair.DisputeDraft;
import org.reliefdesk.creditrepair.DisputeParty;
import org.reliefdesk.creditrepair.DisputeStatus;
import org.reliefdesk.creditrepair.DisputeView;
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
import org.reliefdesk.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.convention.TestBean;

@IntegrationTest(properties = {"reliefdesk.demo=true", "reliefdesk.test.context=deadlines",
    "reliefdesk.reminders.enabled=true", "reliefdesk.reminders.days-ahead=2"})
class DeadlineEngineIntegrationTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** 10:00 on 2 March 2026 in Beijing. */
    private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    static final MovableClock CLOCK = new MovableClock(START);

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    /** Records mails instead of sending them; can be told to fail. */
    static final class FakeMail extends JavaMailSenderImpl {
        final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();
        volatile boolean failing;

        @Override
        public void send(SimpleMailMessage... messages) {
            if (failing) {
                throw new MailSendException("SMTP server down");
            }
            try {
                Thread.sleep(50); // widen the window in which a second node could send the same reminder
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sent.addAll(Arrays.asList(messages));
        }
    }

    /** A source that fails on demand, to show a broken module never breaks the others or the user's change. */
    static final class BrokenSource implements DeadlineSource {
        volatile boolean broken;

        @Override
        public Set<DeadlineKind> kinds() {
            return broken ? Set.of(DeadlineKind.PRIVACY_REQUEST) : Set.of();
        }

        @Override
        public List<Deadline> deadlinesOf(Collection<Long> caseIds) {
            if (broken) {
                throw new IllegalStateException("privacy tables unavailable");
            }
            return List.of();
        }
    }

    @TestConfiguration
    static class Fakes {
        @Bean
        FakeMail fakeMail() {
            return new FakeMail();
        }

        @Bean
        BrokenSource brokenSource() {
            return new BrokenSource();
        }
    }

    @Autowired
    DeadlineService deadlines;
    @Autowired
    DeadlineEngine engine;
    @Autowired
    DeadlineReminders reminders;
    @Autowired
    FakeMail mail;
    @Autowired
    BrokenSource brokenSource;
    @Autowired
    List<CaseloadBadgeSource> badgeSources;
    @Autowired
    CaseService cases;
    @Autowired
    ComplaintService complaints;
    @Autowired
    CallService calls;
    @Autowired
    CreditRepairService credit;
    @Autowired
    NegotiationService negotiation;
    @Autowired
    AgreementService agreements;
    @Autowired
    EvidenceService evidence;
    @Autowired
    JdbcTemplate jdbc;

    private long caseId;
    private long debtId;
    private String client;

    @BeforeEach
    void aCaseWithOneDebt() {
        CLOCK.set(START);
        SignedIn.as("counsellor", Role.COUNSELLOR);
        CaseService.OpenedCase opened = cases.openCase(Intakes.intake("期限测试", "13800138000"));
        caseId = opened.caseId();
        client = opened.clientLogin().account().username();
        debtId = cases.addDebt(caseId, cases.get(caseId).version(), debt()).debtsByPriority().getFirst().id();
    }

    @AfterEach
    void signOut() {
        brokenSource.broken = false;
        mail.failing = false;
        SignedIn.nobody();
    }

    private static DebtDetails debt() {
        return new DebtDetails("招联消费金融", LenderType.CONSUMER_FINANCE, "消费贷", LocalDate.of(2025, 1, 10),
                Money.of("6000"), Money.of("6000"), Money.ZERO, new BigDecimal("18"), RateBasis.ANNUAL, 12,
                Money.of("1000"), Money.of("5000"), Money.of("80"), Money.of("20"), LocalDate.of(2025, 12, 1), null,
                false);
    }

    private static Instant beijing(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(CHINA).toInstant();
    }

    private List<DeadlineItem> mine(DeadlineKind kind) {
        return deadlines.forCase(caseId).stream().filter(d -> d.kind() == kind).toList();
    }

    private List<DeadlineItem> list(Bucket bucket) {
        return deadlines.list(bucket, PageRequest.of(0, 1000)).getContent().stream()
                .filter(d -> d.caseId() == caseId).toList();
    }

    private ComplaintView filed(ChannelCode channel, LocalDate on) {
        ComplaintView d = complaints.draft(caseId, new ComplaintDraft(debtId, null, debtId,
                Set.of(Grievance.REFUSAL_TO_NEGOTIATE), Set.of(), "请求停止催收并同意分期", channel));
        return complaints.file(caseId, d.id(), d.version(), on, FilingMethod.WEB, "REF-" + d.id());
    }

    private void call(Instant at, String nextStep, LocalDate due) {
        calls.log(caseId, new CallDetails(debtId, at, CallDirection.OUTGOING, CallParty.LENDER_SERVICE, "客服",
                "95188", Duration.ofMinutes(5), "协商分期", CallOutcome.CALLBACK_PROMISED, nextStep, due));
    }

    @Test
    void a_complaint_answer_is_due_by_the_channel_rule_in_force_on_the_filing_day_and_met_once_answered() {
        SignedIn.as("admin", Role.ADMIN);
        complaints.addChannelVersion(new ChannelDefinition(ChannelCode.PBOC_12363, LocalDate.of(2026, 3, 10),
                "中国人民银行 12363", "PBOC 12363", "征信", "Credit reports", Set.of(LenderType.BANK),
                Set.of(Grievance.CREDIT_REPORT_ERROR), 10, 20, 20, "测试规则 (verify)", null, null, true, true));
        SignedIn.as("counsellor", Role.COUNSELLOR);
        CLOCK.set(beijing(LocalDate.of(2026, 3, 12), 10, 0));
        ComplaintView before = filed(ChannelCode.PBOC_12363, LocalDate.of(2026, 3, 9));
        ComplaintView after = filed(ChannelCode.PBOC_12363, LocalDate.of(2026, 3, 10));

        // No explicit refresh: filing is audited, and the engine refreshed the case after the commit.
        assertThat(mine(DeadlineKind.COMPLAINT_ANSWER)).extracting(DeadlineItem::reference, DeadlineItem::dueOn,
                DeadlineItem::state, DeadlineItem::tabKey).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(String.valueOf(before.id()), LocalDate.of(2026, 3, 24),
                                DeadlineState.OPEN, "complaint.tab"),
                        org.assertj.core.groups.Tuple.tuple(String.valueOf(after.id()), LocalDate.of(2026, 3, 20),
                                DeadlineState.OPEN, "complaint.tab"));

        CLOCK.set(beijing(LocalDate.of(2026, 3, 22), 9, 0));
        ComplaintView current = complaints.complaint(caseId, after.id());
        assertThat(mine(DeadlineKind.COMPLAINT_ANSWER)).filteredOn(d -> d.reference().equals(
                String.valueOf(after.id()))).singleElement().satisfies(d -> {
                    assertThat(d.state()).isEqualTo(DeadlineState.OVERDUE);
                    assertThat(d.location()).isEqualTo("cases/" + caseId + "?tab=complaint.tab");
                });
        assertThat(list(Bucket.OVERDUE)).extracting(DeadlineItem::reference).contains(String.valueOf(after.id()));
        complaints.answer(caseId, after.id(), current.version(), LocalDate.of(2026, 3, 22), "同意分期");
        complaints.answer(caseId, before.id(), complaints.complaint(caseId, before.id()).version(),
                LocalDate.of(2026, 3, 22), "同意分期");

        assertThat(mine(DeadlineKind.COMPLAINT_ANSWER)).extracting(DeadlineItem::reference, DeadlineItem::doneOn,
                DeadlineItem::state).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(String.valueOf(before.id()), LocalDate.of(2026, 3, 22),
                                DeadlineState.MET),
                        org.assertj.core.groups.Tuple.tuple(String.valueOf(after.id()), LocalDate.of(2026, 3, 22),
                                DeadlineState.LATE));
        assertThat(list(Bucket.OVERDUE)).isEmpty();

        DeadlineStatistics stats = deadlines.outcomes(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 24), null);
        assertThat(stats.counsellor()).isEqualTo("counsellor");
        assertThat(stats.byKind().get(DeadlineKind.COMPLAINT_ANSWER).met()).isGreaterThanOrEqualTo(1);
        assertThat(stats.byKind().get(DeadlineKind.COMPLAINT_ANSWER).missed()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_call_next_step_is_due_today_until_midnight_in_beijing_and_done_by_the_next_call() {
        LocalDate due = LocalDate.of(2026, 3, 10);
        call(START, "回电确认分期方案", due);

        // 23:59 on 10 March in Beijing and 00:01 on 11 March are the same UTC date, but different Beijing days.
        CLOCK.set(Instant.parse("2026-03-10T15:59:00Z"));
        assertThat(mine(DeadlineKind.CALL_NEXT_STEP)).singleElement().satisfies(d -> {
            assertThat(d.dueOn()).isEqualTo(due);
            assertThat(d.state()).isEqualTo(DeadlineState.DUE_TODAY);
            assertThat(d.titleParams()).containsExactly("回电确认分期方案");
        });
        assertThat(list(Bucket.TODAY)).hasSize(1);
        assertThat(list(Bucket.OVERDUE)).isEmpty();

        CLOCK.set(Instant.parse("2026-03-10T16:01:00Z"));
        assertThat(mine(DeadlineKind.CALL_NEXT_STEP)).singleElement()
                .satisfies(d -> assertThat(d.state()).isEqualTo(DeadlineState.OVERDUE));
        assertThat(list(Bucket.TODAY)).isEmpty();
        assertThat(list(Bucket.OVERDUE)).hasSize(1);

        CLOCK.set(beijing(LocalDate.of(2026, 3, 11), 10, 0));
        call(beijing(LocalDate.of(2026, 3, 11), 9, 30), null, null);
        assertThat(mine(DeadlineKind.CALL_NEXT_STEP)).singleElement().satisfies(d -> {
            assertThat(d.doneOn()).isEqualTo(LocalDate.of(2026, 3, 11));
            assertThat(d.state()).isEqualTo(DeadlineState.LATE);
        });
        assertThat(list(Bucket.OVERDUE)).isEmpty();
    }

    @Test
    void disputes_and_credit_checks_take_their_dates_from_the_credit_rule_in_force_on_their_day() {
        // A newer recheck rule (3 months) from 1 March: a check before it keeps the 6 months of the old one.
        jdbc.update("""
                insert into credit_rule (code, effective_from, amount, practice, source, created_by)
                values ('RECHECK_MONTHS', '2026-03-01', 3, true, '测试：每3个月复查', 'test')""");
        credit.recordCheck(caseId, new CreditCheckDraft(LocalDate.of(2026, 2, 20), CheckSource.PBOC_REPORT, null));
        DisputeView dispute = credit.fileDispute(caseId, new DisputeDraft(MARCH_2, "逾期记录有误", null,
                DisputeParty.REPORTING_INSTITUTION, "中国人民银行征信中心"));

        assertThat(mine(DeadlineKind.CREDIT_CHECK)).singleElement().satisfies(d -> {
            assertThat(d.dueOn()).isEqualTo(LocalDate.of(2026, 8, 20));
            assertThat(d.state()).isEqualTo(DeadlineState.OPEN);
        });
        assertThat(mine(DeadlineKind.DISPUTE_ANSWER)).singleElement().satisfies(d -> {
            assertThat(d.dueOn()).isEqualTo(LocalDate.of(2026, 3, 22));
            assertThat(d.titleParams()).containsExactly("中国人民银行征信中心");
            assertThat(d.rule()).contains("第25条");
        });

        credit.recordCheck(caseId, new CreditCheckDraft(MARCH_2, CheckSource.PBOC_REPORT, null));
        credit.moveDispute(caseId, dispute.id(), dispute.version(), DisputeStatus.ANSWERED, MARCH_2, null);
        assertThat(mine(DeadlineKind.CREDIT_CHECK)).extracting(DeadlineItem::dueOn, DeadlineItem::doneOn,
                DeadlineItem::state).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 6, 2), null, DeadlineState.OPEN),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 8, 20), MARCH_2, DeadlineState.MET));
        assertThat(mine(DeadlineKind.DISPUTE_ANSWER)).singleElement()
                .satisfies(d -> assertThat(d.state()).isEqualTo(DeadlineState.MET));
    }

    @Test
    void instalments_and_the_pause_end_come_from_a_signed_agreement_and_only_instalments_reach_the_client() {
        AgreementView a = signedAgreement();
        assertThat(mine(DeadlineKind.INSTALMENT)).hasSize(3).first().satisfies(d -> {
            assertThat(d.dueOn()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(d.reference()).isEqualTo(a.id() + "/1");
            assertThat(d.state()).isEqualTo(DeadlineState.OPEN);
        });
        assertThat(mine(DeadlineKind.COLLECTION_PAUSE_END)).singleElement().satisfies(d -> {
            assertThat(d.dueOn()).isEqualTo(LocalDate.of(2026, 3, 20));
            assertThat(d.state()).isEqualTo(DeadlineState.OPEN);
            assertThat(d.tabKey()).isEqualTo("agreement.tab");
        });
        Money first = a.schedule().getFirst().instalment().amount();
        agreements.recordPayment(caseId, a.id(), new PaymentDraft(MARCH_2, first, PaymentMethod.ALIPAY, null));
        assertThat(mine(DeadlineKind.INSTALMENT)).first().satisfies(d -> {
            assertThat(d.doneOn()).isEqualTo(MARCH_2);
            assertThat(d.state()).isEqualTo(DeadlineState.MET);
        });
        call(START, "寄送还款凭证", LocalDate.of(2026, 3, 5));

        // The client reads their own case: instalments only, never the counsellor's call notes.
        SignedIn.as(client, Role.CLIENT);
        List<DeadlineItem> seen = deadlines.forCase(caseId);
        assertThat(seen).isNotEmpty().allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DeadlineKind.INSTALMENT);
            assertThat(d.clientName()).isNull();
        });
        assertThatThrownBy(() -> deadlines.list(Bucket.TODAY, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as("client2", Role.CLIENT);
        assertThatThrownBy(() -> deadlines.forCase(caseId)).isInstanceOf(AccessDeniedException.class);

        // Another counsellor sees nothing of the case, not even a badge.
        SignedIn.as("counsellor2", Role.COUNSELLOR);
        assertThatThrownBy(() -> deadlines.forCase(caseId)).isInstanceOf(AccessDeniedException.class);
        assertThat(deadlines.nearest(List.of(caseId))).isEmpty();
        assertThat(list(Bucket.NEXT_7_DAYS)).isEmpty();
        assertThat(badges()).isEmpty();

        // Its counsellor's caseload row shows the nearest open one: the call's next step on 5 March.
        SignedIn.as("counsellor", Role.COUNSELLOR);
        assertThat(badges()).singleElement().satisfies(b -> {
            assertThat(b.messageKey()).isEqualTo("deadlines.badge.CALL_NEXT_STEP");
            assertThat(b.params()).containsExactly("2026-03-05");
            assertThat(b.urgent()).isFalse();
        });
        assertThat(list(Bucket.NEXT_7_DAYS)).extracting(DeadlineItem::kind).containsExactly(DeadlineKind.CALL_NEXT_STEP);

        // Reassigning is audited, so the lists follow the case to its new counsellor.
        SignedIn.as("admin", Role.ADMIN);
        cases.assign(caseId, cases.get(caseId).version(), "counsellor2");
        SignedIn.as("counsellor2", Role.COUNSELLOR);
        assertThat(list(Bucket.NEXT_7_DAYS)).extracting(DeadlineItem::counsellor).containsExactly("counsellor2");
        CLOCK.set(beijing(LocalDate.of(2026, 3, 6), 9, 0));
        assertThat(badges()).singleElement().satisfies(b -> assertThat(b.urgent()).isTrue());

        // Once its day has passed, the end of the pause is over, not overdue; the forgotten next step is.
        CLOCK.set(beijing(LocalDate.of(2026, 3, 21), 9, 0));
        assertThat(mine(DeadlineKind.COLLECTION_PAUSE_END)).singleElement()
                .satisfies(d -> assertThat(d.state()).isEqualTo(DeadlineState.MET));
        assertThat(list(Bucket.OVERDUE)).extracting(DeadlineItem::kind).containsExactly(DeadlineKind.CALL_NEXT_STEP);
    }

    private List<CaseAlert> badges() {
        List<CaseAlert> out = new ArrayList<>();
        badgeSources.stream().filter(DeadlineBadges.class::isInstance)
                .forEach(s -> out.addAll(s.badgesFor(List.of(caseId)).getOrDefault(caseId, List.of())));
        return out;
    }

    @Test
    void a_failing_source_keeps_its_rows_and_breaks_neither_the_change_nor_the_other_sources() {
        brokenSource.broken = true;
        call(START, "发送材料", LocalDate.of(2026, 3, 4));
        assertThat(mine(DeadlineKind.CALL_NEXT_STEP)).hasSize(1);

        // The nightly run goes over every case, demo ones included, and repairs a deleted row.
        jdbc.update("delete from deadline where case_id = ?", caseId);
        brokenSource.broken = false;
        assertThat(engine.reconcileAll()).isGreaterThan(DeadlineEngine.CHUNK / 10);
        assertThat(mine(DeadlineKind.CALL_NEXT_STEP)).hasSize(1);
        SignedIn.as("counsellor", Role.COUNSELLOR);
        assertThatThrownBy(() -> deadlines.refreshAll()).isInstanceOf(AccessDeniedException.class);
        SignedIn.as("admin", Role.ADMIN);
        deadlines.refreshAll();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'DEADLINES_REFRESHED'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void a_reminder_is_sent_once_per_deadline_even_when_two_nodes_run_the_job_at_once() throws Exception {
        deadlines.setMyReminderAddress("counsellor@example.cn");
        assertThat(deadlines.myReminderAddress()).contains("counsellor@example.cn");
        call(START, "回电确认", LocalDate.of(2026, 3, 3));

        mail.failing = true;
        reminders.remind();
        assertThat(mail.sent).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from deadline where case_id = ? and reminded_at is not null",
                Long.class, caseId)).as("a failed send releases its claim").isZero();

        mail.failing = false;
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = () -> reminders.sendDue();
            List<Future<Integer>> runs = nodes.invokeAll(List.of(run, run));
            for (Future<Integer> f : runs) {
                f.get();
            }
        } finally {
            nodes.shutdown();
        }
        reminders.remind();
        List<SimpleMailMessage> ours = mail.sent.stream()
                .filter(m -> m.getText().contains("#" + caseId + "：")).toList();
        assertThat(ours).singleElement().satisfies(m -> {
            assertThat(m.getTo()).containsExactly("counsellor@example.cn");
            assertThat(m.getSubject()).contains("通话后续步骤", "2026-03-03");
            // The mail leaves the portal: it names the kind of deadline, never the counsellor's words or the client.
            assertThat(m.getText()).contains("通话后续步骤", "cases/" + caseId + "?tab=calls.tab", "#" + caseId)
                    .doesNotContain("回电确认", "期限测试");
        });
        // Every mail went to the counsellor who gave an address, one per claimed deadline.
        assertThat(mail.sent).allSatisfy(m -> assertThat(m.getTo()).containsExactly("counsellor@example.cn"));
        assertThat(mail.sent).hasSize(jdbc.queryForObject(
                "select count(*) from deadline where reminded_at is not null", Integer.class));
    }

    private AgreementView signedAgreement() {
        CaseDetails c = cases.saveBudget(caseId, cases.get(caseId).version(), new Budget(List.of(
                new Budget.Line(true, null, "工资", Money.of("6000")),
                new Budget.Line(false, ExpenseCategory.HOUSING, "房租", Money.of("2500"))), 0));
        c = cases.recordConsent(caseId, c.version(), ConsentKind.PERSONAL_DATA, MARCH_2, ConsentMethod.SIGNED_PAPER);
        c = cases.recordConsent(caseId, c.version(), ConsentKind.SENSITIVE_DATA, MARCH_2, ConsentMethod.SIGNED_PAPER);
        cases.moveStage(caseId, c.version(), Stage.NEGOTIATION, null);
        ProposalView p = negotiation.propose(caseId, debtId, new ProposalDraft(ProposalSide.CLIENT, MARCH_2,
                new ProposalTerms(null, 3, false, false, null, MARCH_2, LocalDate.of(2026, 3, 20)), Set.of()));
        p = negotiation.changeStatus(caseId, p.id(), p.version(), ProposalStatus.ACCEPTED, "同意");
        AgreementView a = agreements.draft(caseId, p.id(), new AgreementDraft(null, LocalDate.of(2026, 3, 31), 3, 2));
        evidence.store(caseId, new UploadedFile("签署版.pdf", new ByteArrayInputStream(pdf())),
                EvidenceCategory.OTHER, null, EvidenceTarget.agreement(a.id()));
        return agreements.sign(caseId, a.id(), a.version(), MARCH_2);
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
