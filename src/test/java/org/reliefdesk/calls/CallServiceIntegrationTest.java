package org.reliefdesk.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.IntegrationTest;
import org.reliefdesk.SignedIn;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.casefile.IntakeDetails;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.casefile.RateBasis;
import org.reliefdesk.deadlines.DeadlineKind;
import org.reliefdesk.deadlines.DeadlineService;
import org.reliefdesk.deadlines.DeadlineState;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest(properties = {"reliefdesk.demo=true", "reliefdesk.test.context=calls"})
class CallServiceIntegrationTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    CallService calls;
    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeadlineService deadlines;

    private long caseId;
    private long debtId;
    private String clientUsername;

    @BeforeEach
    void aCaseWithADebt() {
        SignedIn.as("counsellor", Role.COUNSELLOR);
        IntakeDetails intake = Intakes.intake("通话测试", "13800138000");
        clientUsername = intake.clientUsername();
        caseId = cases.openCase(intake).caseId();
        CaseDetails c = cases.addDebt(caseId, cases.get(caseId).version(), debt("借呗"));
        debtId = c.debtsByPriority().getFirst().id();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    static DebtDetails debt(String lender) {
        return new DebtDetails(lender, LenderType.ONLINE_PLATFORM, "消费贷", LocalDate.now().minusYears(1),
                Money.of("6000"), Money.of("6000"), Money.ZERO, new BigDecimal("18"), RateBasis.ANNUAL, 12,
                Money.of("1000"), Money.of("5000"), Money.of("80"), Money.of("20"), LocalDate.now().minusDays(30),
                null, false);
    }

    static CallDetails call(Long debtId, Instant at, CallParty party, CallOutcome outcome) {
        return new CallDetails(debtId, at, CallDirection.OUTGOING, party, party == CallParty.CLIENT ? null : "李专员",
                party == CallParty.CLIENT ? null : "95188 转 2", Duration.ofMinutes(4), "  协商分期  ", outcome,
                "等待回电", LocalDate.ofInstant(at, CHINA).plusDays(2));
    }

    @Test
    void a_logged_call_is_audited_with_its_facts_and_marks_activity_on_the_case() {
        Instant before = cases.get(caseId).lastActivityAt();
        CallRecord logged = calls.log(caseId, call(debtId, Instant.now().minusSeconds(600), CallParty.LENDER_SERVICE,
                CallOutcome.OFFER_MADE));

        assertThat(logged.id()).isPositive();
        assertThat(logged.details().summary()).isEqualTo("协商分期");
        assertThat(logged.details().partyNumber()).isEqualTo("95188 转 2");
        assertThat(logged.loggedBy()).isEqualTo("counsellor");
        String facts = jdbc.queryForObject("select details from audit_event where case_id = ? and action = 'CALL_LOGGED'",
                String.class, caseId);
        assertThat(facts).contains("\"party\":\"LENDER_SERVICE\"", "\"lender\":\"借呗\"",
                "\"callId\":\"" + logged.id() + "\"");
        assertThat(cases.get(caseId).lastActivityAt()).isAfter(before);
    }

    @Test
    void the_list_comes_in_pages_newest_first_and_filters_by_debt_party_outcome_and_beijing_dates() {
        // 2026-01-10 23:30 in Beijing is still 15:30 UTC: it belongs to the 10th.
        Instant lateOnTenth = Instant.parse("2026-01-10T15:30:00Z");
        Instant earlyOnEleventh = Instant.parse("2026-01-10T16:30:00Z");
        calls.log(caseId, call(debtId, lateOnTenth, CallParty.COLLECTOR, CallOutcome.ABUSIVE));
        calls.log(caseId, call(debtId, earlyOnEleventh, CallParty.LENDER_SERVICE, CallOutcome.REFUSED));
        calls.log(caseId, call(null, Instant.parse("2026-01-12T02:00:00Z"), CallParty.CLIENT, CallOutcome.NO_ANSWER));

        Slice<CallRecord> first = calls.calls(caseId, CallFilter.ALL, PageRequest.of(0, 2));
        assertThat(first.hasNext()).isTrue();
        assertThat(first.getContent()).extracting(c -> c.details().at())
                .containsExactly(Instant.parse("2026-01-12T02:00:00Z"), earlyOnEleventh);
        assertThat(calls.calls(caseId, CallFilter.ALL, PageRequest.of(1, 2)).getContent()).singleElement()
                .satisfies(c -> assertThat(c.details().at()).isEqualTo(lateOnTenth));

        assertThat(calls.calls(caseId, new CallFilter(debtId, null, null, null, null), PageRequest.of(0, 10)))
                .hasSize(2);
        assertThat(calls.calls(caseId, new CallFilter(null, CallParty.COLLECTOR, null, null, null),
                PageRequest.of(0, 10))).singleElement().satisfies(c -> assertThat(c.abusive()).isTrue());
        assertThat(calls.calls(caseId, new CallFilter(null, null, CallOutcome.REFUSED, null, null),
                PageRequest.of(0, 10))).hasSize(1);
        LocalDate tenth = LocalDate.of(2026, 1, 10);
        assertThat(calls.calls(caseId, new CallFilter(null, null, null, tenth, tenth), PageRequest.of(0, 10)))
                .extracting(c -> c.details().at()).containsExactly(lateOnTenth);
        assertThat(calls.calls(caseId, new CallFilter(null, null, null, tenth.plusDays(1), null),
                PageRequest.of(0, 10))).hasSize(2);
        assertThat(calls.abusiveCalls(caseId)).singleElement()
                .satisfies(c -> assertThat(c.details().party()).isEqualTo(CallParty.COLLECTOR));
    }

    @Test
    void a_debt_of_another_case_is_refused_and_nothing_is_saved() {
        long otherCase = cases.openCase(Intakes.intake("别的案件", "13900139000")).caseId();
        long otherDebt = cases.addDebt(otherCase, cases.get(otherCase).version(), debt("微粒贷"))
                .debtsByPriority().getFirst().id();

        assertThatThrownBy(() -> calls.log(caseId, call(otherDebt, Instant.now(), CallParty.COLLECTOR,
                CallOutcome.REFUSED))).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("calls.error.debt"));
        assertThat(count(caseId)).isZero();
    }

    @Test
    void bad_input_is_refused_with_a_key_naming_the_field_and_nothing_is_saved() {
        Instant at = Instant.now().minusSeconds(60);
        CallDetails good = call(debtId, at, CallParty.COLLECTOR, CallOutcome.REFUSED);
        List<CallDetails> bad = List.of(
                new CallDetails(debtId, at, CallDirection.OUTGOING, CallParty.COLLECTOR, "张", "张经理的手机",
                        Duration.ZERO, null, CallOutcome.REFUSED, null, null),
                new CallDetails(debtId, at, CallDirection.OUTGOING, CallParty.CLIENT, null, "13800138000",
                        Duration.ZERO, null, CallOutcome.NO_ANSWER, null, null),
                new CallDetails(debtId, Instant.now().plusSeconds(3600), CallDirection.OUTGOING, CallParty.COLLECTOR,
                        null, null, Duration.ZERO, null, CallOutcome.REFUSED, null, null),
                new CallDetails(debtId, at, CallDirection.OUTGOING, CallParty.COLLECTOR, null, null, Duration.ZERO,
                        null, null, null, null),
                new CallDetails(debtId, at, CallDirection.OUTGOING, CallParty.COLLECTOR, null, null, Duration.ZERO,
                        null, CallOutcome.REFUSED, null, LocalDate.now().plusDays(1)),
                new CallDetails(debtId, at, CallDirection.OUTGOING, CallParty.COLLECTOR, null, null,
                        Duration.ofMinutes(-1), null, CallOutcome.REFUSED, null, null),
                new CallDetails(debtId, Instant.parse("0001-01-01T02:00:00Z"), CallDirection.OUTGOING,
                        CallParty.COLLECTOR, null, null, Duration.ZERO, null, CallOutcome.REFUSED, null, null),
                new CallDetails(debtId, at.minus(Duration.ofDays(5 * 366)), CallDirection.OUTGOING,
                        CallParty.COLLECTOR, null, null, Duration.ZERO, null, CallOutcome.REFUSED, null, null),
                new CallDetails(debtId, at, CallDirection.OUTGOING, CallParty.COLLECTOR, null, null, Duration.ZERO,
                        null, CallOutcome.REFUSED, "回电", LocalDate.now().plusYears(3)));
        List<String> keys = bad.stream().map(d -> {
            try {
                calls.log(caseId, d);
                return "saved";
            } catch (InvalidValueException e) {
                return e.messageKey();
            }
        }).toList();

        assertThat(keys).containsExactly("calls.error.partyNumber", "calls.error.clientIdentity", "calls.error.at",
                "calls.error.outcome", "calls.error.nextStepDueWithoutStep", "calls.error.duration",
                "calls.error.atTooOld", "calls.error.atTooOld", "calls.error.nextStepDueFar");
        assertThat(count(caseId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where case_id = ? and action like 'CALL%'",
                Long.class, caseId)).isZero();
        assertThat(calls.log(caseId, good).id()).isPositive();
    }

    @Test
    void a_next_step_is_marked_done_audited_and_met_in_the_deadline_engine_and_a_changed_step_is_open_again() {
        Instant at = Instant.now().minusSeconds(3600);
        CallRecord logged = calls.log(caseId, call(debtId, at, CallParty.LENDER_SERVICE, CallOutcome.CALLBACK_PROMISED));
        LocalDate today = LocalDate.now(CHINA);
        assertThatThrownBy(() -> calls.markNextStepDone(caseId, logged.id(), logged.version(), today.plusDays(1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("calls.error.nextStepDoneFuture");
        LocalDate dayBeforeTheCall = LocalDate.ofInstant(at, CHINA).minusDays(1);
        assertThatThrownBy(() -> calls.markNextStepDone(caseId, logged.id(), logged.version(), dayBeforeTheCall))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("calls.error.nextStepDoneBeforeCall");

        CallRecord done = calls.markNextStepDone(caseId, logged.id(), logged.version(), null);

        assertThat(done.nextStepDoneOn()).isEqualTo(today);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where case_id = ? and action ="
                + " 'CALL_NEXT_STEP_DONE'", Long.class, caseId)).isEqualTo(1);
        assertThat(deadlines.forCase(caseId)).filteredOn(dl -> dl.kind() == DeadlineKind.CALL_NEXT_STEP)
                .singleElement().satisfies(dl -> assertThat(dl.state()).isEqualTo(DeadlineState.MET));
        assertThatThrownBy(() -> calls.markNextStepDone(caseId, logged.id(), logged.version(), null))
                .isInstanceOf(ConcurrentChangeException.class);

        CallDetails d = done.details();
        CallRecord anotherStep = calls.correct(caseId, done.id(), done.version(), new CallDetails(d.debtId(), d.at(),
                d.direction(), d.party(), d.partyName(), d.partyNumber(), d.duration(), d.summary(), d.outcome(),
                "寄送困难证明", d.nextStepDue()));
        assertThat(anotherStep.nextStepDoneOn()).isNull();
        assertThat(deadlines.forCase(caseId)).filteredOn(dl -> dl.kind() == DeadlineKind.CALL_NEXT_STEP)
                .singleElement().satisfies(dl -> assertThat(dl.state()).isEqualTo(DeadlineState.OPEN));

        CallRecord noStep = calls.log(caseId, new CallDetails(debtId, at, CallDirection.INCOMING, CallParty.CLIENT,
                null, null, Duration.ofMinutes(2), null, CallOutcome.NO_ANSWER, null, null));
        assertThatThrownBy(() -> calls.markNextStepDone(caseId, noStep.id(), noStep.version(), null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("calls.error.noNextStep");
    }

    @Test
    void a_correction_is_audited_before_and_after_and_a_stale_one_is_refused() {
        Instant at = Instant.now().minusSeconds(3600);
        CallRecord logged = calls.log(caseId, call(debtId, at, CallParty.COLLECTOR, CallOutcome.REFUSED));
        CallDetails d = logged.details();
        CallDetails abusive = new CallDetails(d.debtId(), d.at(), d.direction(), d.party(), d.partyName(),
                d.partyNumber(), d.duration(), "对方辱骂客户", CallOutcome.ABUSIVE, d.nextStep(), d.nextStepDue());

        CallRecord corrected = calls.correct(caseId, logged.id(), logged.version(), abusive);

        assertThat(corrected.abusive()).isTrue();
        assertThat(corrected.correctedAt()).isNotNull();
        assertThat(corrected.version()).isGreaterThan(logged.version());
        String summary = jdbc.queryForObject(
                "select summary from audit_event where case_id = ? and action = 'CALL_CORRECTED'", String.class, caseId);
        assertThat(summary).contains("outcome REFUSED -> ABUSIVE", "summary 协商分期 -> 对方辱骂客户");
        assertThatThrownBy(() -> calls.correct(caseId, logged.id(), logged.version(), d))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(calls.call(caseId, logged.id()).details().outcome()).isEqualTo(CallOutcome.ABUSIVE);
    }

    @Test
    void clients_and_other_counsellors_see_nothing_and_an_administrator_does_everything() {
        CallRecord logged = calls.log(caseId, call(debtId, Instant.now().minusSeconds(60), CallParty.COLLECTOR,
                CallOutcome.ABUSIVE));

        SignedIn.as(clientUsername, Role.CLIENT);
        assertThatThrownBy(() -> calls.calls(caseId, CallFilter.ALL, PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calls.abusiveCalls(caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calls.log(caseId, call(null, Instant.now(), CallParty.OTHER, CallOutcome.NO_ANSWER)))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as("counsellor2", Role.COUNSELLOR);
        assertThatThrownBy(() -> calls.call(caseId, logged.id())).isInstanceOf(AccessDeniedException.class);

        SignedIn.as("admin", Role.ADMIN);
        assertThat(calls.abusiveCalls(caseId)).extracting(CallRecord::id).containsExactly(logged.id());
        calls.log(caseId, call(null, Instant.now().minusSeconds(5), CallParty.COURT, CallOutcome.CALLBACK_PROMISED));
        assertThat(count(caseId)).isEqualTo(2);
    }

    @Test
    void a_call_of_another_case_is_not_found_through_this_one() {
        CallRecord logged = calls.log(caseId, call(debtId, Instant.now().minusSeconds(60), CallParty.COLLECTOR,
                CallOutcome.REFUSED));
        long otherCase = cases.openCase(Intakes.intake("另一个案件", "13700137000")).caseId();

        assertThatThrownBy(() -> calls.call(otherCase, logged.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> calls.callsOfCase(otherCase, List.of(logged.id())))
                .isInstanceOf(NotFoundException.class);
    }

    private long count(long caseId) {
        return jdbc.queryForObject("select count(*) from call_log where case_id = ?", Long.class, caseId);
    }
}
