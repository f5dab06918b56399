package org.reliefdesk.negotiation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reliefdesk.audit.AuditRecord;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.calls.CallService;
import org.reliefdesk.casefile.CaseAccess;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proposals per debt, as threads, and their check against the budget. Staff of
 * the case only: clients see none of it in this version. Every change is audited.
 */
@Service
@Transactional
public class NegotiationService {

    private static final java.time.ZoneId BEIJING = java.time.ZoneId.of("Asia/Shanghai");
    /** Without a contract date, a proposal dated further back than this is a typo. */
    static final int EARLIEST_PROPOSAL_YEARS = 10;
    /** The partial unique index allowing one accepted proposal per debt (V008). */
    static final String ONE_ACCEPTED_INDEX = "negotiation_proposal_one_accepted";

    private final ProposalRepository proposals;
    private final CaseService cases;
    private final CallService calls;
    private final CaseAccess caseAccess;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    NegotiationService(ProposalRepository proposals, CaseService cases, CallService calls, CaseAccess caseAccess,
            CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.caseAccess = caseAccess;
        this.proposals = proposals;
        this.cases = cases;
        this.calls = calls;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens a line of talks on a debt (or adds to one). */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public ProposalView propose(long caseId, long debtId, ProposalDraft draft) {
        CaseDetails file = cases.get(caseId);
        DebtLine debt = debt(file, debtId);
        check(caseId, debt, draft);
        Proposal proposal = saved(new Proposal(caseId, debtId, null, draft, DebtBalance.of(debt.details()),
                currentUser.requireUsername(), now()));
        record(caseId, proposal, "PROPOSAL_CREATED", "Proposal %d on debt %d (%s) by %s side: %s, %s".formatted(
                proposal.id(), debtId, debt.details().lenderName(), draft.side(), draft.terms().kinds(),
                proposal.status()), debt, draft);
        cases.noteActivity(caseId);
        return proposal.view(DebtBalance.of(debt.details()));
    }

    /** Answers a sent proposal with a new one from the other side; the answered one becomes countered. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public ProposalView counter(long caseId, long proposalId, long expectedVersion, ProposalDraft draft) {
        CaseDetails file = cases.get(caseId);
        Proposal answered = editable(caseId, proposalId, expectedVersion);
        DebtLine debt = debt(file, answered.debtId());
        check(caseId, debt, draft);
        if (draft.side() == answered.side()) {
            throw new InvalidValueException("negotiation.error.counterSameSide");
        }
        answered.counteredBy(now());
        saved(answered);
        Proposal counter = saved(new Proposal(caseId, answered.debtId(), answered.id(), draft,
                DebtBalance.of(debt.details()), currentUser.requireUsername(), now()));
        record(caseId, counter, "PROPOSAL_COUNTERED", "Proposal %d counters %d on debt %d (%s) by %s side: %s"
                .formatted(counter.id(), answered.id(), debt.id(), debt.details().lenderName(), draft.side(),
                        draft.terms().kinds()), debt, draft);
        cases.noteActivity(caseId);
        return counter.view(DebtBalance.of(debt.details()));
    }

    /** Changes a draft's terms; anything sent is kept as it was sent. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public ProposalView edit(long caseId, long proposalId, long expectedVersion, ProposalDraft draft) {
        CaseDetails file = cases.get(caseId);
        Proposal proposal = editable(caseId, proposalId, expectedVersion);
        DebtLine debt = debt(file, proposal.debtId());
        check(caseId, debt, draft);
        ProposalTerms before = proposal.terms();
        proposal.edit(draft, now());
        saved(proposal);
        record(caseId, proposal, "PROPOSAL_EDITED", "Draft proposal %d changed: %s -> %s".formatted(proposal.id(),
                before, draft.terms()), debt, draft);
        return proposal.view(DebtBalance.of(debt.details()));
    }

    /** Sends, accepts, rejects or withdraws a proposal, with the lender's answer when there is one. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public ProposalView changeStatus(long caseId, long proposalId, long expectedVersion, ProposalStatus to,
            String lenderAnswer) {
        CaseDetails file = cases.get(caseId);
        Proposal proposal = editable(caseId, proposalId, expectedVersion);
        DebtLine debt = debt(file, proposal.debtId());
        if (to == null) {
            throw new InvalidValueException("negotiation.error.transition", proposal.status().name(), "");
        }
        String answer = lenderAnswer == null || lenderAnswer.isBlank() ? null : lenderAnswer.strip();
        if (answer != null && answer.length() > 4000) {
            throw new InvalidValueException("negotiation.error.answer");
        }
        if (to == ProposalStatus.ACCEPTED
                && proposals.existsByDebtIdAndStatusAndIdNot(proposal.debtId(), ProposalStatus.ACCEPTED, proposalId)) {
            throw new InvalidValueException("negotiation.error.alreadyAccepted");
        }
        ProposalStatus from = proposal.status();
        proposal.moveTo(to, answer, DebtBalance.of(debt.details()), now());
        saved(proposal);
        Map<String, String> facts = new TreeMap<>();
        facts.put("proposalId", String.valueOf(proposalId));
        facts.put("lender", debt.details().lenderName());
        facts.put("from", from.name());
        facts.put("to", to.name());
        PlanPayment plan = proposal.plan(DebtBalance.of(debt.details()));
        // The plan the agreement (or what was sent) stands for, as stored now: kept in the audit trail too.
        facts.put("monthly", plan.monthly().amount().toPlainString());
        facts.put("oneOff", plan.oneOff().amount().toPlainString());
        facts.put("planBalance", plan.balance().amount().toPlainString());
        append(caseId, proposal, "PROPOSAL_STATUS",
                "Proposal %d on debt %d (%s): %s -> %s; plan %s a month, %s one-off, on a balance of %s%s".formatted(
                        proposalId, debt.id(), debt.details().lenderName(), from, to, plan.monthly().format(),
                        plan.oneOff().format(), plan.balance().format(),
                        answer == null ? "" : "; lender answered: " + answer),
                facts);
        cases.noteActivity(caseId);
        return proposal.view(DebtBalance.of(debt.details()));
    }

    /** A debt's proposals in the order they were made; counters point at what they answer. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public List<ProposalView> thread(long caseId, long debtId) {
        DebtLine debt = debt(cases.get(caseId), debtId);
        DebtBalance balance = DebtBalance.of(debt.details());
        return proposals.findByCaseIdAndDebtIdOrderById(caseId, debtId).stream().map(p -> p.view(balance)).toList();
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public ProposalView proposal(long caseId, long proposalId) {
        Proposal proposal = proposals.findByIdAndCaseId(proposalId, caseId).orElseThrow(NotFoundException::new);
        return proposal.view(DebtBalance.of(debt(cases.get(caseId), proposal.debtId()).details()));
    }

    /** Checks terms not saved yet (the dialog's live indicator); bad terms are refused as on save. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public AffordabilityResult assess(long caseId, long debtId, ProposalTerms terms) {
        terms.check(today());
        CaseDetails file = cases.get(caseId);
        return assess(file, debtId, PaymentPlans.of(DebtBalance.of(debt(file, debtId).details()), terms));
    }

    /**
     * A saved proposal checked against the budget and the other debts' accepted plans: a draft on the
     * debt's balance now, a proposal sent or accepted with the plan stored then.
     */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public AffordabilityResult affordability(long caseId, long proposalId) {
        Proposal proposal = proposals.findByIdAndCaseId(proposalId, caseId).orElseThrow(NotFoundException::new);
        CaseDetails file = cases.get(caseId);
        DebtBalance balance = DebtBalance.of(debt(file, proposal.debtId()).details());
        return assess(file, proposal.debtId(), proposal.plan(balance));
    }

    /** The case's accepted pauses of collection, soonest ending first: for alerts and, later, reminders. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public List<CollectionPause> pausesOfCollection(long caseId) {
        List<Proposal> paused = proposals.findByCaseIdAndStatus(caseId, ProposalStatus.ACCEPTED).stream()
                .filter(p -> p.terms().hasPause()).toList();
        if (paused.isEmpty()) {
            // The case page asks on every visit; most cases have no pause, so skip loading the case.
            return List.of();
        }
        CaseDetails file = cases.get(caseId);
        return paused.stream()
                .map(p -> new CollectionPause(p.id(), caseId, p.debtId(), debt(file, p.debtId()).details().lenderName(),
                        p.terms().pauseFrom(), p.terms().pauseUntil()))
                .sorted(java.util.Comparator.comparing(CollectionPause::until))
                .toList();
    }

    /**
     * Accepted pauses ending between two Beijing dates (inclusive) on the cases the
     * caller works on (all cases for an administrator), soonest first: for reminders.
     */
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CollectionPause> pausesEndingBetween(LocalDate from, LocalDate to) {
        Map<Long, CaseDetails> files = new TreeMap<>();
        return proposals.findByStatusAndPauseUntilBetweenOrderByPauseUntil(ProposalStatus.ACCEPTED, from, to).stream()
                .filter(p -> caseAccess.canWork(p.caseId()))
                .map(p -> {
                    CaseDetails file = files.computeIfAbsent(p.caseId(), cases::get);
                    return new CollectionPause(p.id(), p.caseId(), p.debtId(),
                            debt(file, p.debtId()).details().lenderName(), p.terms().pauseFrom(),
                            p.terms().pauseUntil());
                })
                .toList();
    }

    private AffordabilityResult assess(CaseDetails file, long debtId, PlanPayment payment) {
        Map<Long, Proposal> accepted = new TreeMap<>();
        proposals.findByCaseIdAndStatus(file.id(), ProposalStatus.ACCEPTED).forEach(p -> accepted.put(p.debtId(), p));
        List<Affordability.OtherDebt> others = new ArrayList<>();
        for (DebtLine other : file.debtsByPriority()) {
            if (other.id() == debtId) {
                continue;
            }
            Proposal plan = accepted.get(other.id());
            DebtBalance balance = DebtBalance.of(other.details());
            boolean owed = balance.total().isPositive();
            // The plan as agreed (stored on acceptance), not recomputed on today's balance: payments made
            // lower the balance, not the instalment. A debt with nothing owed now is paid off and ignored.
            others.add(new Affordability.OtherDebt(other.details().lenderName(),
                    plan == null || !owed ? null : plan.plan(balance), owed));
        }
        Money available = file.budget() == null ? null : file.budget().availableForDebts();
        return Affordability.check(payment, others, available);
    }

    private void check(long caseId, DebtLine debt, ProposalDraft draft) {
        if (draft.side() == null) {
            throw new InvalidValueException("negotiation.error.side");
        }
        LocalDate today = today();
        if (draft.proposedOn() == null || draft.proposedOn().isAfter(today)) {
            throw new InvalidValueException("negotiation.error.date");
        }
        // Nobody negotiates a loan before it was made; without a contract date, a decade back is the limit.
        LocalDate earliest = debt.details().contractDate() != null ? debt.details().contractDate()
                : today.minusYears(EARLIEST_PROPOSAL_YEARS);
        if (draft.proposedOn().isBefore(earliest)) {
            throw new InvalidValueException("negotiation.error.dateTooEarly", earliest.toString());
        }
        if (draft.terms() == null) {
            throw new InvalidValueException("negotiation.error.noTerms");
        }
        draft.terms().check(today);
        if (!draft.callIds().isEmpty()) {
            calls.callsOfCase(caseId, draft.callIds());
        }
    }

    private static DebtLine debt(CaseDetails file, long debtId) {
        return file.debtsByPriority().stream().filter(d -> d.id() == debtId).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private Proposal editable(long caseId, long proposalId, long expectedVersion) {
        Proposal proposal = proposals.findByIdAndCaseId(proposalId, caseId).orElseThrow(NotFoundException::new);
        if (proposal.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        return proposal;
    }

    private Proposal saved(Proposal proposal) {
        try {
            return proposals.saveAndFlush(proposal);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        } catch (DataIntegrityViolationException e) {
            if (violates(e, ONE_ACCEPTED_INDEX)) {
                // Two people accepting proposals on one debt at once: the unique index stops the second.
                throw new InvalidValueException("negotiation.error.alreadyAccepted");
            }
            throw e;
        }
    }

    /** Whether {@code e} was caused by the database constraint (or unique index) named {@code constraint}. */
    static boolean violates(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException c
                    && constraint.equalsIgnoreCase(c.getConstraintName())) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())
                    && sql.getMessage() != null && sql.getMessage().contains("\"" + constraint + "\"")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private void record(long caseId, Proposal proposal, String action, String summary, DebtLine debt,
            ProposalDraft draft) {
        Map<String, String> facts = new TreeMap<>();
        facts.put("proposalId", String.valueOf(proposal.id()));
        facts.put("lender", debt.details().lenderName());
        facts.put("side", draft.side().name());
        facts.put("kinds", String.join(",", draft.terms().kinds().stream().map(Enum::name).toList()));
        facts.put("status", proposal.status().name());
        append(caseId, proposal, action, summary, facts);
    }

    private void append(long caseId, Proposal proposal, String action, String summary, Map<String, String> facts) {
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), caseId, action,
                "proposal", String.valueOf(proposal.id()), summary, JsonMapper.shared().writeValueAsString(facts)));
    }

    /** Today in Beijing. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }

    private Instant now() {
        return clock.instant();
    }
}
