package org.reliefdesk.creditrepair;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.reliefdesk.agreement.AgreementService;
import org.reliefdesk.casefile.CaseAccess;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.casefile.DebtResolution;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit repair (decision 015): credit report checks and the negative entries found in them,
 * disputes of wrong entries to their answer's due date, the next check, and the outcome a
 * case records before it is closed. Staff of the case work on it; the case's client reads
 * {@link #forClient}. Every change is audited in the same transaction.
 */
@Service
@Transactional
public class CreditRepairService {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Reports are recorded late sometimes, but not a decade late (typos). */
    private static final int MAX_YEARS_BACK = 10;
    private static final int MAX_DISPUTE_DAYS_BACK = 366;

    private final CreditCheckRepository checks;
    private final NegativeEntryRepository entries;
    private final DisputeRepository disputes;
    private final OutcomeRepository outcomes;
    private final CreditRuleRepository rules;
    private final CaseService cases;
    private final AgreementService agreements;
    private final CaseAccess caseAccess;
    private final CurrentUser currentUser;
    private final CreditAudit audit;
    private final Clock clock;

    CreditRepairService(CreditCheckRepository checks, NegativeEntryRepository entries, DisputeRepository disputes,
            OutcomeRepository outcomes, CreditRuleRepository rules, CaseService cases, AgreementService agreements,
            CaseAccess caseAccess, CurrentUser currentUser, CreditAudit audit, Clock clock) {
        this.agreements = agreements;
        this.caseAccess = caseAccess;
        this.checks = checks;
        this.entries = entries;
        this.disputes = disputes;
        this.outcomes = outcomes;
        this.rules = rules;
        this.cases = cases;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    // --- rules ---

    /** Every version of every rule, for showing where a date comes from. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CreditRules rules() {
        return CreditRules.of(rules.findAll().stream().map(CreditRuleRow::rule).toList());
    }

    // --- checks ---

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public CreditCheckView recordCheck(long caseId, CreditCheckDraft draft) {
        validate(draft);
        CreditCheck check = checks.saveAndFlush(new CreditCheck(caseId, draft, currentUser.requireUsername(),
                clock.instant()));
        audit.record(caseId, "CREDIT_CHECK_RECORDED", "credit-check", check.id(),
                "Recorded a credit report check of %s from %s".formatted(draft.checkedOn(), draft.source()),
                Map.of("date", draft.checkedOn().toString(), "source", draft.source().name()));
        cases.noteActivity(caseId);
        return check.view();
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public CreditCheckView correctCheck(long caseId, long checkId, long expectedVersion, CreditCheckDraft draft) {
        CreditCheck check = checks.findByIdAndCaseId(checkId, caseId).orElseThrow(NotFoundException::new);
        requireVersion(check.version(), expectedVersion);
        validate(draft);
        CreditCheckView before = check.view();
        check.correct(draft, clock.instant());
        flushed(() -> checks.saveAndFlush(check));
        CreditCheckView after = check.view();
        Changes changes = new Changes()
                .add("checkedOn", before.checkedOn(), after.checkedOn())
                .add("source", before.source(), after.source())
                .addNamedOnly("findings", before.findings(), after.findings());
        audit.record(caseId, "CREDIT_CHECK_CORRECTED", "credit-check", checkId,
                "Corrected the credit report check of %s: %s".formatted(after.checkedOn(), changes.summary()),
                Map.of("date", after.checkedOn().toString(), "changed", changes.fields()));
        return after;
    }

    /** One page of the case's checks, latest first. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public Slice<CreditCheckView> checks(long caseId, Pageable pageable) {
        return checks.findByCaseIdOrderByCheckedOnDescIdDesc(caseId,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())).map(CreditCheck::view);
    }

    /** When the next check is due (the rule in force on the last check's date), or empty before the first. */
    @PreAuthorize("@caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public Optional<LocalDate> nextCheckOn(long caseId) {
        LocalDate last = checks.lastCheckedOn(caseId);
        return last == null ? Optional.empty() : rules().nextCheckOn(last);
    }

    // --- negative entries ---

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public NegativeEntryView addEntry(long caseId, long checkId, NegativeEntryDraft draft) {
        checks.findByIdAndCaseId(checkId, caseId).orElseThrow(NotFoundException::new);
        String lender = lender(caseId, draft);
        NegativeEntry entry = new NegativeEntry(caseId, checkId, currentUser.requireUsername(), clock.instant());
        entry.set(draft, lender, retention(draft.settledOn()), clock.instant());
        entries.saveAndFlush(entry);
        NegativeEntryView v = entry.view();
        audit.record(caseId, "CREDIT_ENTRY_ADDED", "credit-entry", v.id(),
                "Recorded a negative entry (%s) of %s%s".formatted(v.kind(), lender, v.expiresOn() == null
                        ? ", not settled yet" : ", settled " + v.settledOn() + ", expires " + v.expiresOn()),
                entryFacts(v));
        cases.noteActivity(caseId);
        return v;
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public NegativeEntryView correctEntry(long caseId, long entryId, long expectedVersion, NegativeEntryDraft draft) {
        NegativeEntry entry = entries.findByIdAndCaseId(entryId, caseId).orElseThrow(NotFoundException::new);
        requireVersion(entry.version(), expectedVersion);
        String lender = lender(caseId, draft);
        NegativeEntryView before = entry.view();
        entry.set(draft, lender, retention(draft.settledOn()), clock.instant());
        flushed(() -> entries.saveAndFlush(entry));
        NegativeEntryView after = entry.view();
        Changes changes = new Changes()
                .add("lender", before.lenderName(), after.lenderName())
                .add("kind", before.kind(), after.kind())
                .add("amount", before.amount(), after.amount())
                .add("settledOn", before.settledOn(), after.settledOn())
                .add("expiresOn", before.expiresOn(), after.expiresOn());
        Map<String, String> facts = entryFacts(after);
        facts.put("changed", changes.fields());
        audit.record(caseId, "CREDIT_ENTRY_CORRECTED", "credit-entry", entryId,
                "Corrected the negative entry of %s: %s".formatted(lender, changes.summary()), facts);
        return after;
    }

    /** One page of the case's negative entries, in the order they were found. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public Slice<NegativeEntryView> entries(long caseId, Pageable pageable) {
        return entries.findByCaseIdOrderByIdAsc(caseId,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())).map(NegativeEntry::view);
    }

    // --- disputes ---

    /** Files a dispute: the answer rule in force on the filed date sets its due date. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public DisputeView fileDispute(long caseId, DisputeDraft draft) {
        LocalDate today = today();
        if (draft.filedOn() == null || draft.filedOn().isAfter(today)
                || draft.filedOn().isBefore(today.minusDays(MAX_DISPUTE_DAYS_BACK))) {
            throw new InvalidValueException("creditrepair.error.filedOn");
        }
        if (blank(draft.disputed()) || draft.disputed().strip().length() > 2000) {
            throw new InvalidValueException("creditrepair.error.disputed");
        }
        if (draft.party() == null) {
            throw new InvalidValueException("creditrepair.error.party");
        }
        String institution = optional(draft.institution(), 200, "creditrepair.error.institution");
        if (draft.entryId() != null) {
            NegativeEntryView entry = entries.findByIdAndCaseId(draft.entryId(), caseId)
                    .orElseThrow(NotFoundException::new).view();
            if (institution == null && draft.party() == DisputeParty.REPORTING_INSTITUTION) {
                institution = entry.lenderName();
            }
        }
        CreditRule rule = rules().inForce(RuleCode.DISPUTE_ANSWER_DAYS, draft.filedOn())
                .orElseThrow(() -> new InvalidValueException("creditrepair.error.noRule", draft.filedOn().toString()));
        Dispute dispute = disputes.saveAndFlush(new Dispute(caseId, draft, institution, rule,
                currentUser.requireUsername(), clock.instant()));
        DisputeView v = dispute.view(today);
        audit.record(caseId, "CREDIT_DISPUTE_FILED", "credit-dispute", v.id(),
                "Filed a dispute with %s%s on %s, answer due %s (%s)".formatted(v.party(),
                        institution == null ? "" : " (" + institution + ")", v.filedOn(), v.dueOn(), rule.source()),
                Map.of("date", v.filedOn().toString(), "due", v.dueOn().toString(), "party", v.party().name(),
                        "institution", institution == null ? "" : institution));
        cases.noteActivity(caseId);
        return v;
    }

    /**
     * Moves a dispute along its status table: ANSWERED on the answer's date, UPHELD or REJECTED
     * with the outcome (a text is needed), WITHDRAWN.
     */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public DisputeView moveDispute(long caseId, long disputeId, long expectedVersion, DisputeStatus to, LocalDate on,
            String text) {
        Dispute dispute = disputes.findByIdAndCaseId(disputeId, caseId).orElseThrow(NotFoundException::new);
        requireVersion(dispute.version(), expectedVersion);
        if (to == null) {
            throw new InvalidValueException("creditrepair.error.disputeMove", dispute.status().name(), "");
        }
        LocalDate today = today();
        if (on == null || on.isAfter(today) || on.isBefore(dispute.filedOn())) {
            throw new InvalidValueException("creditrepair.error.date");
        }
        String outcome = optional(text, 4000, "creditrepair.error.outcomeText");
        if ((to == DisputeStatus.UPHELD || to == DisputeStatus.REJECTED) && outcome == null
                && dispute.outcomeText() == null) {
            throw new InvalidValueException("creditrepair.error.outcomeText");
        }
        DisputeStatus from = dispute.status();
        DisputeView before = dispute.view(today);
        dispute.moveTo(to, on, outcome, clock.instant());
        flushed(() -> disputes.saveAndFlush(dispute));
        DisputeView v = dispute.view(today);
        boolean late = to == DisputeStatus.ANSWERED && on.isAfter(v.dueOn());
        audit.record(caseId, "CREDIT_DISPUTE_" + to.name(), "credit-dispute", disputeId,
                "Dispute filed %s moved from %s to %s on %s%s%s".formatted(v.filedOn(), from, to, on,
                        late ? " (late, was due " + v.dueOn() + ")" : "",
                        outcome == null ? "" : ": " + outcome),
                Map.of("date", on.toString(), "from", from.name(), "to", to.name(), "filed", v.filedOn().toString(),
                        "late", String.valueOf(late || before.overdue())));
        return v;
    }

    /** One page of the case's disputes, newest first. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public Slice<DisputeView> disputes(long caseId, Pageable pageable) {
        LocalDate today = today();
        return disputes.findByCaseIdOrderByIdDesc(caseId,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())).map(d -> d.view(today));
    }

    /** The case's disputes whose answer is overdue, most overdue first. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public List<DisputeView> overdueDisputes(long caseId) {
        LocalDate today = today();
        return disputes.findOverdue(caseId, today).stream().map(d -> d.view(today)).toList();
    }

    /** How many overdue disputes each of these cases has, among the cases the caller works on; one query. */
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, Long> overdueCounts(Collection<Long> caseIds) {
        Set<Long> mine = caseAccess.workable(caseIds);
        if (mine.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : disputes.countOverdue(mine, today())) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    // --- outcome ---

    /**
     * The outcome form's starting values: the case's settled debts, the months since the case
     * opened (Beijing dates), and what lenders waived on the signed or completed agreements.
     */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public OutcomeDraft outcomePrefill(long caseId) {
        Optional<CreditOutcome> recorded = outcome(caseId);
        if (recorded.isPresent()) {
            CreditOutcome o = recorded.get();
            return new OutcomeDraft(o.debtsSettled(), o.amountWaived(), o.monthsTaken(), o.summary());
        }
        CaseDetails details = cases.get(caseId);
        int months = (int) ChronoUnit.MONTHS.between(details.createdAt().atZone(CHINA).toLocalDate(), today());
        return new OutcomeDraft(settledDebts(details), agreements.waivedOnKeptAgreements(caseId), months, "");
    }

    /**
     * Records or corrects the outcome summary the case needs before CREDIT_REPAIR → CLOSED.
     *
     * @param expectedVersion null to record the first one; the shown version to correct it
     */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public CreditOutcome recordOutcome(long caseId, Long expectedVersion, OutcomeDraft draft) {
        if (draft.debtsSettled() < 0 || draft.debtsSettled() > 1000) {
            throw new InvalidValueException("creditrepair.error.debtsSettled");
        }
        if (draft.amountWaived() == null || draft.amountWaived().isNegative()) {
            throw new InvalidValueException("creditrepair.error.amountWaived");
        }
        if (draft.monthsTaken() < 0 || draft.monthsTaken() > 600) {
            throw new InvalidValueException("creditrepair.error.monthsTaken");
        }
        if (blank(draft.summary()) || draft.summary().strip().length() > 2000) {
            throw new InvalidValueException("creditrepair.error.summary");
        }
        cases.get(caseId);
        Optional<Outcome> existing = outcomes.findById(caseId);
        if (existing.isPresent() != (expectedVersion != null)) {
            throw new ConcurrentChangeException();
        }
        CreditOutcome before = existing.map(Outcome::view).orElse(null);
        Outcome outcome = existing.orElseGet(() -> new Outcome(caseId, currentUser.requireUsername(),
                clock.instant()));
        if (expectedVersion != null) {
            requireVersion(outcome.version(), expectedVersion);
        }
        outcome.set(draft, clock.instant());
        flushed(() -> outcomes.saveAndFlush(outcome));
        CreditOutcome after = outcome.view();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("settled", String.valueOf(after.debtsSettled()));
        facts.put("waived", after.amountWaived().amount().toPlainString());
        facts.put("months", String.valueOf(after.monthsTaken()));
        if (before == null) {
            audit.record(caseId, "CREDIT_OUTCOME_RECORDED", "credit-outcome", caseId,
                    "Recorded the outcome: %d debts settled, %s waived, %d months: %s".formatted(after.debtsSettled(),
                            after.amountWaived().amount().toPlainString(), after.monthsTaken(), after.summary()),
                    facts);
        } else {
            Changes changes = new Changes()
                    .add("debtsSettled", before.debtsSettled(), after.debtsSettled())
                    .add("amountWaived", before.amountWaived(), after.amountWaived())
                    .add("monthsTaken", before.monthsTaken(), after.monthsTaken())
                    .add("summary", before.summary(), after.summary());
            facts.put("changed", changes.fields());
            audit.record(caseId, "CREDIT_OUTCOME_CORRECTED", "credit-outcome", caseId,
                    "Corrected the outcome: " + changes.summary(), facts);
        }
        cases.noteActivity(caseId);
        return after;
    }

    @PreAuthorize("@caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public Optional<CreditOutcome> outcome(long caseId) {
        return outcomes.findById(caseId).map(Outcome::view);
    }

    // --- the client's view ---

    @PreAuthorize("@caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public ClientCredit forClient(long caseId) {
        LocalDate today = today();
        LocalDate last = checks.lastCheckedOn(caseId);
        return new ClientCredit(entries.findByCaseIdOrderByIdAsc(caseId).stream().map(NegativeEntry::view).toList(),
                disputes.findByCaseIdOrderByFiledOnDescIdDesc(caseId).stream().map(d -> d.view(today)).toList(),
                last == null ? null : rules().nextCheckOn(last).orElse(null),
                outcomes.findById(caseId).map(Outcome::view).orElse(null));
    }

    // --- helpers ---

    static int settledDebts(CaseDetails details) {
        return (int) details.debtsByPriority().stream().filter(d -> d.resolution() == DebtResolution.SETTLED)
                .count();
    }

    private void validate(CreditCheckDraft draft) {
        LocalDate today = today();
        if (draft.checkedOn() == null || draft.checkedOn().isAfter(today)
                || draft.checkedOn().isBefore(today.minusYears(MAX_YEARS_BACK))) {
            throw new InvalidValueException("creditrepair.error.checkedOn");
        }
        if (draft.source() == null) {
            throw new InvalidValueException("creditrepair.error.source");
        }
        if (draft.findings() != null && draft.findings().strip().length() > 4000) {
            throw new InvalidValueException("creditrepair.error.findings");
        }
    }

    /** The entry's lender: the debt's, when it is a debt of this case, or the name typed. */
    private String lender(long caseId, NegativeEntryDraft draft) {
        if (draft.kind() == null) {
            throw new InvalidValueException("creditrepair.error.kind");
        }
        if (draft.amount() != null && draft.amount().isNegative()) {
            throw new InvalidValueException("creditrepair.error.amount");
        }
        LocalDate today = today();
        if (draft.settledOn() != null && (draft.settledOn().isAfter(today)
                || draft.settledOn().isBefore(today.minusYears(30)))) {
            throw new InvalidValueException("creditrepair.error.settledOn");
        }
        if (draft.debtId() != null) {
            DebtLine debt = cases.get(caseId).debtsByPriority().stream().filter(d -> d.id() == draft.debtId())
                    .findFirst().orElseThrow(NotFoundException::new);
            return debt.details().lenderName();
        }
        String name = optional(draft.lenderName(), 200, "creditrepair.error.lender");
        if (name == null) {
            throw new InvalidValueException("creditrepair.error.lender");
        }
        return name;
    }

    private CreditRule retention(LocalDate settledOn) {
        if (settledOn == null) {
            return null;
        }
        return rules().inForce(RuleCode.RETENTION_YEARS, settledOn)
                .orElseThrow(() -> new InvalidValueException("creditrepair.error.noRule", settledOn.toString()));
    }

    private static Map<String, String> entryFacts(NegativeEntryView v) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("lender", v.lenderName());
        facts.put("kind", v.kind().name());
        facts.put("settled", v.settledOn() == null ? "" : v.settledOn().toString());
        facts.put("expires", v.expiresOn() == null ? "" : v.expiresOn().toString());
        return facts;
    }

    private static void requireVersion(long actual, long expected) {
        if (actual != expected) {
            throw new ConcurrentChangeException();
        }
    }

    private static void flushed(Runnable save) {
        try {
            save.run();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    private static String optional(String text, int max, String key) {
        if (blank(text)) {
            return null;
        }
        if (text.strip().length() > max) {
            throw new InvalidValueException(key);
        }
        return text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A correction's before → after per changed field, for the audit entry. */
    private static final class Changes {
        private final List<String> fields = new ArrayList<>();
        private final List<String> texts = new ArrayList<>();

        Changes add(String field, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                fields.add(field);
                texts.add("%s: %s → %s".formatted(field, show(before), show(after)));
            }
            return this;
        }

        /** For staff notes: the change is named, its text stays out of the audit summary. */
        Changes addNamedOnly(String field, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                fields.add(field);
                texts.add(field + " changed");
            }
            return this;
        }

        String fields() {
            return String.join(",", fields);
        }

        String summary() {
            return texts.isEmpty() ? "no change" : String.join("; ", texts);
        }

        private static String show(Object value) {
            return value == null ? "—" : value instanceof Money m ? m.amount().toPlainString() : value.toString();
        }
    }
}
