package org.reliefdesk.court;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reliefdesk.audit.AuditRecord;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.rates.DebtTrueCost;
import org.reliefdesk.rates.LineCheck;
import org.reliefdesk.rates.TrueCostService;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Court papers served on a case's debts (decision 018): staff of the case record and correct them,
 * the client reads their own without notes or checklist. Every change is audited in the same
 * transaction; nothing is deleted.
 */
@Service
@Transactional
public class CourtService {

    static final String ADDED = "LEGAL_ACTION_ADDED";
    static final String CORRECTED = "LEGAL_ACTION_CORRECTED";
    static final String RESPONSE_FILED = "LEGAL_ACTION_RESPONSE_FILED";
    static final String CHECKLIST_SAVED = "LEGAL_ACTION_CHECKLIST_SAVED";
    static final String ENDED = "LEGAL_ACTION_ENDED";

    private final LegalActionRepository actions;
    private final DeadlineRuleRepository rules;
    private final CaseService cases;
    private final TrueCostService trueCost;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    CourtService(LegalActionRepository actions, DeadlineRuleRepository rules, CaseService cases,
            TrueCostService trueCost, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.actions = actions;
        this.rules = rules;
        this.cases = cases;
        this.trueCost = trueCost;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public LegalActionView add(long caseId, LegalActionDetails details) {
        CaseDetails file = cases.get(caseId);
        LegalActionDetails checked = LegalActionRules.check(details, debtIds(file), today());
        CourtDeadlineRule rule = ruleFor(checked);
        LegalAction action = actions.saveAndFlush(new LegalAction(caseId, checked, lender(file, checked.debtId()),
                rule.id(), currentUser.requireUsername(), clock.instant()));
        LegalActionView view = view(action, rule, file);
        Map<String, String> facts = facts(view);
        record(caseId, action.id(), ADDED, "Added %s of %s (%s) served %s%s, debt %d".formatted(checked.type(),
                checked.court(), Objects.toString(checked.caseNumber(), "no case number"), checked.servedOn(),
                view.dueOn() == null ? ", no response deadline" : ", respond by " + view.dueOn(), checked.debtId()),
                facts);
        cases.noteActivity(caseId);
        return view;
    }

    /** Corrects an action; the rule is picked again for its (possibly new) type and served date. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public LegalActionView correct(long caseId, long actionId, long expectedVersion, LegalActionDetails details) {
        CaseDetails file = cases.get(caseId);
        LegalAction action = editable(caseId, actionId, expectedVersion);
        LegalActionDetails checked = LegalActionRules.check(details, debtIds(file), today());
        if (action.responseFiledOn() != null && action.responseFiledOn().isBefore(checked.servedOn())) {
            throw new InvalidValueException("court.error.filedBeforeService");
        }
        LegalActionDetails before = action.details();
        Map<String, String[]> changes = changes(before, checked);
        if (changes.isEmpty()) {
            return view(action, rule(action.ruleId()), file);
        }
        CourtDeadlineRule rule = ruleFor(checked);
        if (rule.id() != action.ruleId()) {
            changes.put("rule", new String[] {String.valueOf(action.ruleId()), String.valueOf(rule.id())});
        }
        action.correct(checked, lender(file, checked.debtId()), rule.id(), clock.instant());
        flush(action);
        LegalActionView view = view(action, rule, file);
        Map<String, String> facts = facts(view);
        facts.put("changed", String.join(",", changes.keySet()));
        record(caseId, actionId, CORRECTED, "Corrected legal action %d: %s".formatted(actionId, describe(changes)),
                facts);
        return view;
    }

    /** Records the day the response (defence, objection, appeal) was filed: the deadline is then done. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public LegalActionView responseFiled(long caseId, long actionId, long expectedVersion, LocalDate filedOn) {
        CaseDetails file = cases.get(caseId);
        LegalAction action = editable(caseId, actionId, expectedVersion);
        CourtDeadlineRule rule = rule(action.ruleId());
        if (!rule.hasDeadline()) {
            throw new InvalidValueException("court.error.noResponse");
        }
        LegalActionRules.checkFiled(filedOn, action.servedOn(), today());
        LocalDate before = action.responseFiledOn();
        if (filedOn.equals(before)) {
            return view(action, rule, file);
        }
        action.responseFiled(filedOn, clock.instant());
        flush(action);
        LegalActionView view = view(action, rule, file);
        Map<String, String> facts = facts(view);
        facts.put("filedOn", filedOn.toString());
        facts.put("onTime", String.valueOf(!filedOn.isAfter(view.dueOn())));
        record(caseId, actionId, RESPONSE_FILED, "Response to legal action %d filed on %s%s (due %s)".formatted(
                actionId, filedOn, before == null ? "" : " (was " + before + ")", view.dueOn()), facts);
        return view;
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public LegalActionView saveChecklist(long caseId, long actionId, long expectedVersion, ChecklistAnswers answers) {
        CaseDetails file = cases.get(caseId);
        LegalAction action = editable(caseId, actionId, expectedVersion);
        ChecklistAnswers checked = LegalActionRules.check(answers, today());
        ChecklistAnswers before = action.checklist();
        Map<String, String[]> changes = new LinkedHashMap<>();
        diff(changes, "licensed", before.licensed(), checked.licensed());
        diff(changes, "unfairTerms", before.unfairTerms(), checked.unfairTerms());
        diff(changes, "limitationFrom", before.limitationFrom(), checked.limitationFrom());
        // Notes are the counsellor's words: the audit says they changed, the record keeps them.
        boolean notes = !Objects.equals(before.licensedNote(), checked.licensedNote())
                || !Objects.equals(before.unfairTermsNote(), checked.unfairTermsNote());
        if (changes.isEmpty() && !notes) {
            return view(action, rule(action.ruleId()), file);
        }
        action.answer(checked, clock.instant());
        flush(action);
        LegalActionView view = view(action, rule(action.ruleId()), file);
        Map<String, String> facts = facts(view);
        facts.put("licensed", checked.licensed().name());
        facts.put("unfairTerms", checked.unfairTerms().name());
        facts.put("limitationFrom", Objects.toString(checked.limitationFrom(), ""));
        facts.put("changed", String.join(",", changes.keySet()) + (notes ? (changes.isEmpty() ? "" : ",") + "notes"
                : ""));
        record(caseId, actionId, CHECKLIST_SAVED, "Checklist of legal action %d: %s%s".formatted(actionId,
                describe(changes), notes ? (changes.isEmpty() ? "" : "; ") + "notes changed" : ""), facts);
        return view;
    }

    /** Withdraws (entered by mistake) or closes (over) an action, with a reason; it stays on record. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public LegalActionView end(long caseId, long actionId, long expectedVersion, LegalActionStatus to, String reason) {
        CaseDetails file = cases.get(caseId);
        LegalAction action = editable(caseId, actionId, expectedVersion);
        if (to != LegalActionStatus.WITHDRAWN && to != LegalActionStatus.CLOSED) {
            throw new InvalidValueException("court.error.status");
        }
        String why = LegalActionRules.reason(reason);
        action.end(to, why, clock.instant(), today());
        flush(action);
        LegalActionView view = view(action, rule(action.ruleId()), file);
        Map<String, String> facts = facts(view);
        facts.put("status", to.name());
        record(caseId, actionId, ENDED, "Legal action %d %s: %s".formatted(actionId, to == LegalActionStatus.WITHDRAWN
                ? "withdrawn" : "closed", why), facts);
        return view;
    }

    /** The case's actions for staff, by debt in the case page's order, newest service first. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public List<LegalActionView> actions(long caseId) {
        CaseDetails file = cases.get(caseId);
        Map<Long, CourtDeadlineRule> byId = allRules();
        List<Long> debtOrder = file.debtsByPriority().stream().map(DebtLine::id).toList();
        return actions.findByCaseIdOrderByServedOnDescIdDesc(caseId).stream()
                .map(a -> view(a, byId.get(a.ruleId()), file))
                .sorted(Comparator.comparingInt(v -> debtOrder.indexOf(v.debtId())))
                .toList();
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public LegalActionView action(long caseId, long actionId) {
        CaseDetails file = cases.get(caseId);
        LegalAction action = actions.findByIdAndCaseId(actionId, caseId).orElseThrow(NotFoundException::new);
        return view(action, rule(action.ruleId()), file);
    }

    /** Open court deadlines due within {@link CourtDeadlines#ALERT_DAYS} days or overdue, soonest first. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public List<LegalActionView> urgent(long caseId) {
        LocalDate today = today();
        return actions(caseId).stream().filter(v -> v.urgentOn(today))
                .sorted(Comparator.comparing(LegalActionView::dueOn)).toList();
    }

    /** The checklist with the debt's lender type, its true rate against its caps, and the limitation expiry. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public ChecklistView checklist(long caseId, long actionId) {
        LegalActionView view = action(caseId, actionId);
        DebtTrueCost cost = trueCost.forDebt(caseId, view.debtId());
        List<LineCheck> limits = cost.lines().stream().filter(c -> c.line().isLimit())
                .sorted(Comparator.comparing(c -> c.line().ratePercent())).toList();
        DebtLine debt = cases.get(caseId).debtsByPriority().stream().filter(d -> d.id() == view.debtId())
                .findFirst().orElseThrow(NotFoundException::new);
        LocalDate from = view.checklist().limitationFrom();
        return new ChecklistView(view, debt.details().lenderType(), new RateCheck(cost.rate(), limits),
                debt.details().overdueSince(), from == null ? null : CourtDeadlines.limitationExpiry(from));
    }

    /** The client's court papers, with the response deadline; never notes or the checklist. */
    @PreAuthorize("@caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public List<ClientCourtPaper> forClient(long caseId) {
        Map<Long, CourtDeadlineRule> byId = allRules();
        return actions.findByCaseIdOrderByServedOnDescIdDesc(caseId).stream()
                .filter(a -> a.status() != LegalActionStatus.WITHDRAWN)
                .map(a -> {
                    CourtDeadlineRule rule = byId.get(a.ruleId());
                    return new ClientCourtPaper(a.id(), a.lenderName(), a.type(), a.court(), a.caseNumber(),
                            a.servedOn(), rule.responseZh(), rule.responseEn(),
                            CourtDeadlines.dueOn(a.servedOn(), rule).orElse(null), a.responseFiledOn(), a.status());
                }).toList();
    }

    private LegalAction editable(long caseId, long actionId, long expectedVersion) {
        LegalAction action = actions.findByIdAndCaseId(actionId, caseId).orElseThrow(NotFoundException::new);
        if (action.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        if (action.status() != LegalActionStatus.OPEN) {
            throw new InvalidValueException("court.error.notOpen");
        }
        return action;
    }

    private void flush(LegalAction action) {
        try {
            actions.saveAndFlush(action);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
    }

    private CourtDeadlineRule ruleFor(LegalActionDetails d) {
        return CourtDeadlines.ruleOn(d.type(), d.servedOn(), allRules().values())
                .orElseThrow(() -> new InvalidValueException("court.error.noRule", d.servedOn().toString()));
    }

    private CourtDeadlineRule rule(long id) {
        return rules.findById(id).map(DeadlineRuleRow::rule).orElseThrow(NotFoundException::new);
    }

    private Map<Long, CourtDeadlineRule> allRules() {
        return rules.findAll().stream().map(DeadlineRuleRow::rule)
                .collect(Collectors.toMap(CourtDeadlineRule::id, Function.identity()));
    }

    static LegalActionView view(LegalAction a, CourtDeadlineRule rule, CaseDetails file) {
        DebtLine debt = file == null ? null : file.debtsByPriority().stream().filter(d -> d.id() == a.debtId())
                .findFirst().orElse(null);
        return new LegalActionView(a.id(), a.caseId(), a.debtId(),
                debt == null ? a.lenderName() : debt.details().lenderName(),
                debt == null ? null : debt.details().lenderType(), a.details(), rule,
                CourtDeadlines.dueOn(a.servedOn(), rule).orElse(null), a.responseFiledOn(), a.status(),
                a.statusReason(), a.checklist(), a.createdBy(), a.createdAt(), a.correctedAt(), a.version());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CourtDeadlines.BEIJING));
    }

    private static Set<Long> debtIds(CaseDetails file) {
        return file.debtsByPriority().stream().map(DebtLine::id).collect(Collectors.toSet());
    }

    private static String lender(CaseDetails file, long debtId) {
        return file.debtsByPriority().stream().filter(d -> d.id() == debtId).map(d -> d.details().lenderName())
                .findFirst().orElseThrow(NotFoundException::new);
    }

    private static Map<String, String> facts(LegalActionView v) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("actionId", String.valueOf(v.id()));
        facts.put("type", v.details().type().name());
        facts.put("court", v.details().court());
        facts.put("caseNumber", Objects.toString(v.details().caseNumber(), ""));
        facts.put("servedOn", v.details().servedOn().toString());
        facts.put("dueOn", Objects.toString(v.dueOn(), ""));
        facts.put("lender", v.lenderName());
        facts.put("ruleId", String.valueOf(v.rule().id()));
        return facts;
    }

    /** Field name to {before, after}, for the fields that differ. */
    static Map<String, String[]> changes(LegalActionDetails before, LegalActionDetails after) {
        Map<String, String[]> changes = new LinkedHashMap<>();
        diff(changes, "debt", before.debtId(), after.debtId());
        diff(changes, "type", before.type(), after.type());
        diff(changes, "court", before.court(), after.court());
        diff(changes, "caseNumber", before.caseNumber(), after.caseNumber());
        diff(changes, "servedOn", before.servedOn(), after.servedOn());
        diff(changes, "note", before.note(), after.note());
        return changes;
    }

    private static void diff(Map<String, String[]> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, new String[] {String.valueOf(before), String.valueOf(after)});
        }
    }

    /**
     * "field before -> after" for each change; the note is the counsellor's free text and may say
     * anything about the client, so the append-only audit trail only says that it changed.
     */
    private static String describe(Map<String, String[]> changes) {
        return changes.entrySet().stream().map(c -> c.getKey().equals("note") ? "note changed"
                        : c.getKey() + " " + c.getValue()[0] + " -> " + c.getValue()[1])
                .collect(Collectors.joining("; "));
    }

    private void record(long caseId, long actionId, String action, String summary, Map<String, String> facts) {
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), caseId, action,
                "legal-action", String.valueOf(actionId), summary,
                JsonMapper.shared().writeValueAsString(new TreeMap<>(facts))));
    }
}
