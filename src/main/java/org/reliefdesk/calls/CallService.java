package org.reliefdesk.calls;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.reliefdesk.audit.AuditRecord;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The call log of a case. Staff of the case only: clients see nothing of it.
 * Every log and correction is audited in the same transaction (decision 009).
 */
@Service
@Transactional
public class CallService {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CallRules.CHINA);
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final CallRepository calls;
    private final CaseService cases;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    CallService(CallRepository calls, CaseService cases, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.calls = calls;
        this.cases = cases;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public CallRecord log(long caseId, CallDetails details) {
        CaseDetails file = cases.get(caseId);
        CallDetails checked = CallRules.check(details, debtIds(file), clock.instant());
        Call call = calls.saveAndFlush(new Call(caseId, checked, currentUser.requireUsername(), clock.instant()));
        Map<String, String> facts = new LinkedHashMap<>(facts(file, checked));
        facts.put("callId", String.valueOf(call.id()));
        record(caseId, call.id(), "CALL_LOGGED", "Logged %s call with %s at %s, %d min: %s%s".formatted(
                checked.direction(), checked.party(), WHEN.format(checked.at()), checked.duration().toMinutes(),
                checked.outcome(), checked.debtId() == null ? "" : " (debt " + checked.debtId() + ")"), facts);
        cases.noteActivity(caseId);
        return call.record();
    }

    /** Corrects a logged call; the audit entry keeps what each changed field was before. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public CallRecord correct(long caseId, long callId, long expectedVersion, CallDetails details) {
        CaseDetails file = cases.get(caseId);
        Call call = calls.findByIdAndCaseId(callId, caseId).orElseThrow(NotFoundException::new);
        if (call.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        CallDetails checked = CallRules.check(details, debtIds(file), clock.instant());
        CallDetails before = call.details();
        Map<String, String[]> changes = changes(before, checked);
        if (changes.isEmpty()) {
            return call.record();
        }
        call.correct(checked, clock.instant());
        try {
            calls.saveAndFlush(call);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
        Map<String, String> facts = new LinkedHashMap<>(facts(file, checked));
        facts.put("callId", String.valueOf(callId));
        facts.put("changed", String.join(",", changes.keySet()));
        record(caseId, callId, "CALL_CORRECTED", "Corrected call %d: %s".formatted(callId, changes.entrySet().stream()
                .map(c -> c.getKey() + " " + c.getValue()[0] + " -> " + c.getValue()[1])
                .collect(Collectors.joining("; "))), facts);
        return call.record();
    }

    /**
     * Marks the call's agreed next step done on a Beijing date (today when none is given),
     * which meets or misses its deadline; audited.
     *
     * @throws InvalidValueException the call has no next step, or the date is in the future
     */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public CallRecord markNextStepDone(long caseId, long callId, long expectedVersion, LocalDate doneOn) {
        Call call = calls.findByIdAndCaseId(callId, caseId).orElseThrow(NotFoundException::new);
        if (call.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        if (!call.hasNextStep()) {
            throw new InvalidValueException("calls.error.noNextStep");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), CallRules.CHINA);
        LocalDate on = doneOn == null ? today : doneOn;
        if (on.isAfter(today)) {
            throw new InvalidValueException("calls.error.nextStepDoneFuture");
        }
        if (on.isBefore(LocalDate.ofInstant(call.details().at(), CallRules.CHINA))) {
            throw new InvalidValueException("calls.error.nextStepDoneBeforeCall");
        }
        call.nextStepDone(on);
        try {
            calls.saveAndFlush(call);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
        CallDetails d = call.details();
        record(caseId, callId, "CALL_NEXT_STEP_DONE", "Next step of call %d (due %s) done on %s"
                .formatted(callId, d.nextStepDue(), on), Map.of("callId", String.valueOf(callId),
                        "due", String.valueOf(d.nextStepDue()), "doneOn", on.toString()));
        cases.noteActivity(caseId);
        return call.record();
    }

    /** One page of the case's calls, newest first. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public Slice<CallRecord> calls(long caseId, CallFilter filter, Pageable pageable) {
        CallFilter f = filter == null ? CallFilter.ALL : filter;
        Specification<Call> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("caseId"), caseId));
            if (f.debtId() != null) {
                where.add(cb.equal(root.get("debtId"), f.debtId()));
            }
            if (f.party() != null) {
                where.add(cb.equal(root.get("party"), f.party()));
            }
            if (f.outcome() != null) {
                where.add(cb.equal(root.get("outcome"), f.outcome()));
            }
            if (f.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), startOf(f.from())));
            }
            if (f.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"), startOf(f.to().plusDays(1))));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        return calls.findBy(spec, q -> q.sortBy(NEWEST_FIRST).slice(sorted)).map(Call::record);
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public CallRecord call(long caseId, long callId) {
        return calls.findByIdAndCaseId(callId, caseId).orElseThrow(NotFoundException::new).record();
    }

    /**
     * The given calls of this case, newest first. Any id that is not a call of this
     * case makes the whole request fail as not found: for modules that link calls.
     */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public List<CallRecord> callsOfCase(long caseId, Collection<Long> callIds) {
        Set<Long> wanted = Set.copyOf(callIds);
        List<Call> found = calls.findByCaseIdAndIdIn(caseId, wanted);
        if (found.size() != wanted.size()) {
            throw new NotFoundException();
        }
        return found.stream().map(Call::record)
                .sorted((a, b) -> b.details().at().compareTo(a.details().at())).toList();
    }

    /** The case's calls marked abusive, newest first: what a collection incident starts from. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public List<CallRecord> abusiveCalls(long caseId) {
        return calls.findByCaseIdAndOutcomeOrderByOccurredAtDesc(caseId, CallOutcome.ABUSIVE).stream()
                .map(Call::record).toList();
    }

    private static Set<Long> debtIds(CaseDetails file) {
        return file.debtsByPriority().stream().map(DebtLine::id).collect(Collectors.toSet());
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(CallRules.CHINA).toInstant();
    }

    private static Map<String, String> facts(CaseDetails file, CallDetails d) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("at", WHEN.format(d.at()));
        facts.put("direction", d.direction().name());
        facts.put("party", d.party().name());
        facts.put("outcome", d.outcome().name());
        facts.put("minutes", String.valueOf(d.duration().toMinutes()));
        facts.put("lender", d.debtId() == null ? "" : file.debtsByPriority().stream()
                .filter(l -> l.id() == d.debtId()).map(l -> l.details().lenderName()).findFirst().orElse(""));
        return facts;
    }

    /** Field name to {before, after}, for the fields that differ. */
    static Map<String, String[]> changes(CallDetails before, CallDetails after) {
        Map<String, String[]> changes = new LinkedHashMap<>();
        diff(changes, "debt", before.debtId(), after.debtId());
        diff(changes, "at", WHEN.format(before.at()), WHEN.format(after.at()));
        diff(changes, "direction", before.direction(), after.direction());
        diff(changes, "party", before.party(), after.party());
        diff(changes, "name", before.partyName(), after.partyName());
        diff(changes, "number", before.partyNumber(), after.partyNumber());
        diff(changes, "minutes", before.duration().toMinutes(), after.duration().toMinutes());
        diff(changes, "summary", before.summary(), after.summary());
        diff(changes, "outcome", before.outcome(), after.outcome());
        diff(changes, "nextStep", before.nextStep(), after.nextStep());
        diff(changes, "nextStepDue", before.nextStepDue(), after.nextStepDue());
        return changes;
    }

    private static void diff(Map<String, String[]> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, new String[] {String.valueOf(before), String.valueOf(after)});
        }
    }

    private void record(long caseId, long callId, String action, String summary, Map<String, String> facts) {
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), caseId, action,
                "call", String.valueOf(callId), summary, JsonMapper.shared().writeValueAsString(new TreeMap<>(facts))));
    }
}
