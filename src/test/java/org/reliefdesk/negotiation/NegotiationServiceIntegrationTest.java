package org.reliefdesk.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.IntegrationTest;
import org.reliefdesk.SignedIn;
import org.reliefdesk.calls.CallDetails;
import org.reliefdesk.calls.CallDirection;
import org.reliefdesk.calls.CallOutcome;
import org.reliefdesk.calls.CallParty;
import org.reliefdesk.calls.CallService;
import org.reliefdesk.casefile.Budget;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.casefile.ExpenseCategory;
import org.reliefdesk.casefile.IntakeDetails;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.casefile.RateBasis;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest(properties = {"reliefdesk.demo=true", "reliefdesk.test.context=negotiation"})
class NegotiationServiceIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    NegotiationService negotiation;
    @Autowired
    CallService calls;
    @Autowired
    CaseService cases;
    @Autowired
    PauseAlertSource pauseAlerts;
    @Autowired
    JdbcTemplate jdbc;

    private long caseId;
    private long debtId;
    private String clientUsername;

    /** One debt of 5,100 (5,000 principal + 80 interest + 20 penalties) and 2,500 a month available for debts. */
    @BeforeEach
    void aCaseWithADebtAndABudget() {
        SignedIn.as("counsellor", Role.COUNSELLOR);
        IntakeDetails intake = Intakes.intake("协商测试", "13800138000");
        clientUsername = intake.clientUsername();
        caseId = cases.openCase(intake).caseId();
        CaseDetails c = cases.addDebt(caseId, cases.get(caseId).version(), debt("借呗"));
        cases.saveBudget(caseId, c.version(), budget());
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

    /** A debt owing only {@code principal}, made a year ago. */
    static DebtDetails debt(String lender, String principal) {
        return new DebtDetails(lender, LenderType.ONLINE_PLATFORM, "消费贷", LocalDate.now().minusYears(1),
                Money.of("12000"), Money.of("12000"), Money.ZERO, new BigDecimal("18"), RateBasis.ANNUAL, 12,
                Money.of("1000"), Money.of(principal), Money.ZERO, Money.ZERO, LocalDate.now().minusDays(30),
                null, false);
    }

    private long addDebt(DebtDetails details) {
        return cases.addDebt(caseId, cases.get(caseId).version(), details).debtsByPriority().stream()
                .filter(d -> d.details().lenderName().equals(details.lenderName())).findFirst().orElseThrow().id();
    }

    static Budget budget() {
        return new Budget(List.of(new Budget.Line(true, null, "工资", Money.of("6000")),
                new Budget.Line(false, ExpenseCategory.HOUSING, "房租", Money.of("2500")),
                new Budget.Line(false, ExpenseCategory.FOOD, "伙食", Money.of("1000"))), 0);
    }

    private static ProposalDraft draft(ProposalSide side, ProposalTerms terms) {
        return new ProposalDraft(side, TODAY, terms, Set.of());
    }

    @Test
    void an_instalment_plan_that_does_not_fit_is_red_by_the_shortfall_and_fits_with_more_instalments() {
        AffordabilityResult two = negotiation.assess(caseId, debtId, ProposalTerms.instalments(2));
        assertThat(two.level()).isEqualTo(AffordabilityLevel.RED);
        assertThat(two.proposalMonthly()).isEqualTo(Money.of("2550"));
        assertThat(two.shortfall()).isEqualTo(Money.of("50"));

        ProposalView draft = negotiation.propose(caseId, debtId, draft(ProposalSide.CLIENT, ProposalTerms.instalments(2)));
        assertThat(draft.status()).isEqualTo(ProposalStatus.DRAFT);
        ProposalView three = negotiation.edit(caseId, draft.id(), draft.version(),
                draft(ProposalSide.CLIENT, ProposalTerms.instalments(3)));
        assertThat(negotiation.affordability(caseId, three.id()).level()).isEqualTo(AffordabilityLevel.GREEN);

        ProposalView accepted = negotiation.changeStatus(caseId, three.id(), three.version(), ProposalStatus.ACCEPTED,
                "电话中同意分三期");
        assertThat(accepted.status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(accepted.lenderAnswer()).isEqualTo("电话中同意分三期");
        assertThat(actions()).containsExactly("PROPOSAL_CREATED", "PROPOSAL_EDITED", "PROPOSAL_STATUS");
        assertThat(jdbc.queryForObject("select details from audit_event where case_id = ? and action = 'PROPOSAL_STATUS'",
                String.class, caseId)).contains("\"from\":\"DRAFT\"", "\"to\":\"ACCEPTED\"", "\"monthly\":\"1700.00\"",
                "\"planBalance\":\"5100.00\"");
    }

    @Test
    void other_debts_count_with_their_accepted_plan_or_are_listed_as_not_yet_planned() {
        CaseDetails c = cases.addDebt(caseId, cases.get(caseId).version(), debt("微粒贷"));
        long second = c.debtsByPriority().stream().filter(d -> d.details().lenderName().equals("微粒贷")).findFirst()
                .orElseThrow().id();

        AffordabilityResult withUnplanned = negotiation.assess(caseId, debtId, ProposalTerms.instalments(10));
        assertThat(withUnplanned.unplannedLenders()).containsExactly("微粒贷");
        assertThat(withUnplanned.level()).isEqualTo(AffordabilityLevel.AMBER);

        ProposalView plan = negotiation.propose(caseId, second, draft(ProposalSide.CLIENT, ProposalTerms.instalments(5)));
        negotiation.changeStatus(caseId, plan.id(), plan.version(), ProposalStatus.ACCEPTED, null);
        AffordabilityResult planned = negotiation.assess(caseId, debtId, ProposalTerms.instalments(10));
        assertThat(planned.unplannedLenders()).isEmpty();
        assertThat(planned.otherPlansMonthly()).isEqualTo(Money.of("1020"));
        assertThat(planned.total()).isEqualTo(Money.of("1530"));
        assertThat(planned.level()).isEqualTo(AffordabilityLevel.GREEN);
    }

    @Test
    void a_counter_proposal_joins_the_thread_and_marks_the_answered_one_countered() {
        ProposalView lender = negotiation.propose(caseId, debtId, draft(ProposalSide.LENDER,
                new ProposalTerms(null, 6, false, false, null, null, null)));
        assertThat(lender.status()).isEqualTo(ProposalStatus.SENT);

        assertThatThrownBy(() -> negotiation.counter(caseId, lender.id(), lender.version(),
                draft(ProposalSide.LENDER, ProposalTerms.instalments(12))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("negotiation.error.counterSameSide"));
        ProposalView counter = negotiation.counter(caseId, lender.id(), lender.version(),
                draft(ProposalSide.CLIENT, new ProposalTerms(null, 12, true, true, null, null, null)));

        assertThat(counter.answersId()).isEqualTo(lender.id());
        assertThat(negotiation.thread(caseId, debtId)).extracting(ProposalView::status)
                .containsExactly(ProposalStatus.COUNTERED, ProposalStatus.DRAFT);
        assertThatThrownBy(() -> negotiation.changeStatus(caseId, lender.id(),
                negotiation.proposal(caseId, lender.id()).version(), ProposalStatus.ACCEPTED, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("negotiation.error.transition"));
    }

    @Test
    void only_one_proposal_per_debt_can_be_accepted() {
        ProposalView first = negotiation.propose(caseId, debtId, draft(ProposalSide.CLIENT, ProposalTerms.instalments(3)));
        ProposalView second = negotiation.propose(caseId, debtId, draft(ProposalSide.CLIENT, ProposalTerms.instalments(4)));
        negotiation.changeStatus(caseId, first.id(), first.version(), ProposalStatus.ACCEPTED, null);

        assertThatThrownBy(() -> negotiation.changeStatus(caseId, second.id(), second.version(),
                ProposalStatus.ACCEPTED, null)).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("negotiation.error.alreadyAccepted"));
        assertThat(negotiation.proposal(caseId, second.id()).status()).isEqualTo(ProposalStatus.DRAFT);
    }

    @Test
    void a_stale_edit_is_refused_as_a_concurrent_change() {
        ProposalView draft = negotiation.propose(caseId, debtId, draft(ProposalSide.CLIENT, ProposalTerms.instalments(3)));
        negotiation.edit(caseId, draft.id(), draft.version(), draft(ProposalSide.CLIENT, ProposalTerms.instalments(4)));

        assertThatThrownBy(() -> negotiation.changeStatus(caseId, draft.id(), draft.version(), ProposalStatus.SENT,
                null)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(negotiation.proposal(caseId, draft.id()).terms().instalments()).isEqualTo(4);
        assertThat(negotiation.proposal(caseId, draft.id()).status()).isEqualTo(ProposalStatus.DRAFT);
    }

    @Test
    void calls_are_linked_by_id_and_a_call_or_debt_of_another_case_is_refused_with_nothing_saved() {
        long call = calls.log(caseId, new CallDetails(debtId, Instant.now().minusSeconds(120), CallDirection.OUTGOING,
                CallParty.LENDER_SERVICE, null, "95188", Duration.ofMinutes(5), null, CallOutcome.OFFER_MADE, null,
                null)).id();
        long otherCase = cases.openCase(Intakes.intake("他人案件", "13900139000")).caseId();
        CaseDetails other = cases.addDebt(otherCase, cases.get(otherCase).version(), debt("花呗"));
        long otherDebt = other.debtsByPriority().getFirst().id();
        long otherCall = calls.log(otherCase, new CallDetails(null, Instant.now().minusSeconds(60),
                CallDirection.INCOMING, CallParty.COLLECTOR, null, null, Duration.ZERO, null, CallOutcome.ABUSIVE,
                null, null)).id();

        ProposalView linked = negotiation.propose(caseId, debtId, new ProposalDraft(ProposalSide.CLIENT, TODAY,
                ProposalTerms.instalments(3), Set.of(call)));
        assertThat(negotiation.proposal(caseId, linked.id()).callIds()).containsExactly(call);

        assertThatThrownBy(() -> negotiation.propose(caseId, debtId, new ProposalDraft(ProposalSide.CLIENT, TODAY,
                ProposalTerms.instalments(3), Set.of(call, otherCall)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> negotiation.propose(caseId, otherDebt, draft(ProposalSide.CLIENT,
                ProposalTerms.instalments(3)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> negotiation.propose(caseId, debtId, new ProposalDraft(ProposalSide.CLIENT,
                TODAY.plusDays(1), ProposalTerms.instalments(3), Set.of())))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("negotiation.error.date"));
        assertThatThrownBy(() -> negotiation.propose(caseId, debtId, draft(ProposalSide.CLIENT,
                new ProposalTerms(null, null, false, false, new BigDecimal("150"), null, null))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("negotiation.error.discount"));
        assertThat(jdbc.queryForObject("select count(*) from negotiation_proposal where case_id in (?, ?)", Long.class,
                caseId, otherCase)).isEqualTo(1);
        assertThat(actions()).containsExactly("PROPOSAL_CREATED");
    }

    @Test
    void an_accepted_pause_ending_within_seven_days_shows_on_the_case_and_in_the_public_query() {
        ProposalView pause = negotiation.propose(caseId, debtId, draft(ProposalSide.CLIENT,
                new ProposalTerms(null, null, false, false, null, TODAY.minusMonths(1), TODAY.plusDays(3))));
        assertThat(pauseAlerts.alertsFor(caseId)).as("a pause only asked for stops nothing").isEmpty();

        negotiation.changeStatus(caseId, pause.id(), pause.version(), ProposalStatus.ACCEPTED, null);

        assertThat(negotiation.pausesOfCollection(caseId)).singleElement().satisfies(p -> {
            assertThat(p.until()).isEqualTo(TODAY.plusDays(3));
            assertThat(p.lenderName()).isEqualTo("借呗");
        });
        assertThat(pauseAlerts.alertsFor(caseId)).singleElement()
                .satisfies(a -> assertThat(a.params()).containsExactly("借呗", TODAY.plusDays(3).toString(), 3L));
        assertThat(negotiation.pausesEndingBetween(TODAY, TODAY.plusDays(7))).extracting(CollectionPause::caseId)
                .contains(caseId);
        assertThat(negotiation.pausesEndingBetween(TODAY.plusDays(4), TODAY.plusDays(7)))
                .extracting(CollectionPause::caseId).doesNotContain(caseId);
        SignedIn.as("counsellor2", Role.COUNSELLOR);
        assertThat(negotiation.pausesEndingBetween(TODAY, TODAY.plusDays(7))).extracting(CollectionPause::caseId)
                .doesNotContain(caseId);
    }

    @Test
    void clients_and_other_counsellors_are_refused_and_an_administrator_may_do_everything() {
        ProposalView draft = negotiation.propose(caseId, debtId, draft(ProposalSide.CLIENT, ProposalTerms.instalments(3)));

        SignedIn.as(clientUsername, Role.CLIENT);
        assertThatThrownBy(() -> negotiation.thread(caseId, debtId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> negotiation.pausesOfCollection(caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> negotiation.assess(caseId, debtId, ProposalTerms.instalments(3)))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as("counsellor2", Role.COUNSELLOR);
        assertThatThrownBy(() -> negotiation.changeStatus(caseId, draft.id(), draft.version(), ProposalStatus.SENT,
                null)).isInstanceOf(AccessDeniedException.class);

        SignedIn.as("admin", Role.ADMIN);
        assertThat(negotiation.changeStatus(caseId, draft.id(), draft.version(), ProposalStatus.SENT, null).status())
                .isEqualTo(ProposalStatus.SENT);
    }

    @Test
    void without_a_budget_the_check_says_it_cannot_assess() {
        long noBudget = cases.openCase(Intakes.intake("无预算", "13600136000")).caseId();
        long debt = cases.addDebt(noBudget, cases.get(noBudget).version(), debt("京东金条")).debtsByPriority()
                .getFirst().id();
        AffordabilityResult result = negotiation.assess(noBudget, debt, ProposalTerms.instalments(5));
        assertThat(result.level()).isEqualTo(AffordabilityLevel.UNKNOWN);
        assertThat(result.proposalMonthly()).isEqualTo(Money.of("1020"));
    }

    @Test
    void an_agreed_plan_keeps_its_instalment_when_the_balance_goes_down_and_a_sent_proposal_keeps_its_figures() {
        long second = addDebt(debt("微粒贷", "12000"));
        ProposalView twelve = negotiation.propose(caseId, second, draft(ProposalSide.CLIENT,
                ProposalTerms.instalments(12)));
        negotiation.changeStatus(caseId, twelve.id(), twelve.version(), ProposalStatus.ACCEPTED, "同意");
        ProposalView sent = negotiation.propose(caseId, debtId, draft(ProposalSide.CLIENT, ProposalTerms.instalments(5)));
        sent = negotiation.changeStatus(caseId, sent.id(), sent.version(), ProposalStatus.SENT, null);
        assertThat(sent.payment().monthly()).isEqualTo(Money.of("1020"));

        // Six instalments paid: the counsellor updates what is outstanding on both debts.
        cases.updateDebt(caseId, cases.get(caseId).version(), second, debt("微粒贷", "6000"));
        cases.updateDebt(caseId, cases.get(caseId).version(), debtId, debt("借呗", "2000"));

        AffordabilityResult three = negotiation.assess(caseId, debtId, ProposalTerms.instalments(3));
        assertThat(three.otherPlansMonthly()).as("the agreed instalment, not 6,000 / 12").isEqualTo(Money.of("1000"));
        assertThat(three.level()).isEqualTo(AffordabilityLevel.GREEN);
        assertThat(negotiation.assess(caseId, debtId, ProposalTerms.instalments(1)).level())
                .as("2,000 + 1,000 > 2,500").isEqualTo(AffordabilityLevel.RED);
        ProposalView stillSent = negotiation.proposal(caseId, sent.id());
        assertThat(stillSent.payment().monthly()).isEqualTo(Money.of("1020"));
        assertThat(stillSent.payment().total()).isEqualTo(Money.of("5100"));
        assertThat(stillSent.payment().balance()).isEqualTo(Money.of("5100"));
        assertThat(negotiation.proposal(caseId, twelve.id()).payment().balance()).isEqualTo(Money.of("12000"));
        assertThat(negotiation.affordability(caseId, sent.id()).proposalMonthly()).isEqualTo(Money.of("1020"));
        ProposalView draft = negotiation.propose(caseId, debtId, draft(ProposalSide.CLIENT, ProposalTerms.instalments(5)));
        assertThat(draft.payment().monthly()).as("a draft follows the balance").isEqualTo(Money.of("400"));
        assertThat(jdbc.queryForObject("select plan_monthly from negotiation_proposal where id = ?", BigDecimal.class,
                twelve.id())).isEqualByComparingTo("1000");
    }

    @Test
    void a_lenders_proposal_stores_its_plan_when_recorded() {
        ProposalView lender = negotiation.propose(caseId, debtId, draft(ProposalSide.LENDER,
                ProposalTerms.instalments(6)));
        cases.updateDebt(caseId, cases.get(caseId).version(), debtId, debt("借呗", "100"));
        assertThat(negotiation.proposal(caseId, lender.id()).payment().monthly()).isEqualTo(Money.of("850"));
    }

    @Test
    void an_accepted_settlement_on_another_debt_is_a_one_off_not_a_monthly_payment() {
        long second = addDebt(debt("微粒贷", "10000"));
        ProposalTerms settlement = new ProposalTerms(null, null, false, false, new BigDecimal("40"), null, null);
        AffordabilityResult asked = negotiation.assess(caseId, second, settlement);
        assertThat(asked.level()).isEqualTo(AffordabilityLevel.UNKNOWN);
        assertThat(asked.oneOff()).isEqualTo(Money.of("6000"));
        assertThat(asked.proposalMonthly()).isEqualTo(Money.ZERO);

        ProposalView deal = negotiation.propose(caseId, second, draft(ProposalSide.CLIENT, settlement));
        negotiation.changeStatus(caseId, deal.id(), deal.version(), ProposalStatus.ACCEPTED, null);

        AffordabilityResult three = negotiation.assess(caseId, debtId, ProposalTerms.instalments(3));
        assertThat(three.otherPlansMonthly()).isEqualTo(Money.ZERO);
        assertThat(three.unplannedLenders()).isEmpty();
        assertThat(three.level()).isEqualTo(AffordabilityLevel.GREEN);
    }

    @Test
    void dates_out_of_bounds_and_a_change_of_side_are_refused_with_nothing_saved() {
        assertThatThrownBy(() -> negotiation.propose(caseId, debtId, new ProposalDraft(ProposalSide.CLIENT,
                LocalDate.now().minusYears(1).minusDays(1), ProposalTerms.instalments(3), Set.of())))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("negotiation.error.dateTooEarly"));
        assertThatThrownBy(() -> negotiation.propose(caseId, debtId, new ProposalDraft(ProposalSide.CLIENT,
                LocalDate.of(1, 1, 1), ProposalTerms.instalments(3), Set.of())))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("negotiation.error.dateTooEarly"));
        assertThatThrownBy(() -> negotiation.propose(caseId, debtId, draft(ProposalSide.CLIENT, new ProposalTerms(
                null, null, false, false, null, LocalDate.of(1990, 1, 1), LocalDate.of(1990, 3, 1)))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("negotiation.error.pauseRange"));
        assertThatThrownBy(() -> negotiation.assess(caseId, debtId, new ProposalTerms(null, null, false, false,
                null, LocalDate.of(2090, 1, 1), LocalDate.of(2090, 3, 1))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("negotiation.error.pauseRange"));

        ProposalView draft = negotiation.propose(caseId, debtId, draft(ProposalSide.CLIENT, ProposalTerms.instalments(3)));
        assertThatThrownBy(() -> negotiation.edit(caseId, draft.id(), draft.version(), draft(ProposalSide.LENDER,
                ProposalTerms.instalments(4)))).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("negotiation.error.sideChange"));
        ProposalView after = negotiation.proposal(caseId, draft.id());
        assertThat(after.side()).isEqualTo(ProposalSide.CLIENT);
        assertThat(after.terms().instalments()).isEqualTo(3);
        assertThat(actions()).containsExactly("PROPOSAL_CREATED");
    }

    private List<String> actions() {
        return jdbc.queryForList("select action from audit_event where case_id = ? and action like 'PROPOSAL%' "
                + "order by id", String.class, caseId);
    }
}
