package org.reliefdesk.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reliefdesk.audit.AuditRecord;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.casefile.CaseAccess;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints about a case's lenders and collectors, filed to a channel and tracked to
 * the answer's deadline (decision 011). Staff of the case work on them; the case's
 * client reads the filed ones ({@link #forClient}), never drafts or notes. Every change
 * is audited in the same transaction.
 */
@Service
@Transactional
public class ComplaintService {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Set<ComplaintStatus> AWAITING = EnumSet.of(ComplaintStatus.FILED,
            ComplaintStatus.ACKNOWLEDGED);
    /** Filings and answers are recorded late sometimes, but not years late (typos). */
    private static final int MAX_DAYS_BACK = 366;

    private final ComplaintRepository complaints;
    private final ChannelRepository channels;
    private final CaseService cases;
    private final CaseAccess caseAccess;
    private final ObjectProvider<IncidentSource> incidentSources;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final ComplaintAudit audit;
    private final Clock clock;

    ComplaintService(ComplaintRepository complaints, ChannelRepository channels, CaseService cases,
            ObjectProvider<IncidentSource> incidentSources, CaseAccess caseAccess, CurrentUser currentUser,
            AuditTrail auditTrail, ComplaintAudit audit, Clock clock) {
        this.caseAccess = caseAccess;
        this.complaints = complaints;
        this.channels = channels;
        this.cases = cases;
        this.incidentSources = incidentSources;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
        this.audit = audit;
        this.clock = clock;
    }

    // --- channels (reference data) ---

    /** The version of every channel in force on a Beijing day. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ComplaintChannel> channels(LocalDate on) {
        return channels.findByEffectiveFromLessThanEqualOrderByCodeAscEffectiveFromDesc(on).stream()
                .map(ChannelRow::channel).collect(Collectors.collectingAndThen(Collectors.toList(),
                        all -> ChannelVersions.allInForce(all, on)));
    }

    /** Every version of every channel, for administrators. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ComplaintChannel> channelHistory() {
        return channels.findAll().stream().map(ChannelRow::channel)
                .sorted(Comparator.comparing(ComplaintChannel::code).thenComparing(ComplaintChannel::effectiveFrom))
                .toList();
    }

    /** Adds a channel version; the earlier ones stay for complaints filed under them. */
    @PreAuthorize("hasRole('ADMIN')")
    public ComplaintChannel addChannelVersion(ChannelDefinition d) {
        if (d.code() == null || d.effectiveFrom() == null || blank(d.nameZh()) || blank(d.nameEn())
                || blank(d.handlesZh()) || blank(d.handlesEn()) || blank(d.ruleSource())) {
            throw new InvalidValueException("complaint.error.channelIncomplete");
        }
        if (d.answerDays() == null ? d.extendableToDays() != null || d.maxDays() != null
                : d.answerDays() < 1 || (d.extendableToDays() != null && d.extendableToDays() < d.answerDays())
                        || (d.maxDays() != null && d.maxDays() < (d.extendableToDays() == null ? d.answerDays()
                                : d.extendableToDays()))) {
            throw new InvalidValueException("complaint.error.channelDays");
        }
        if (channels.existsByCodeAndEffectiveFrom(d.code(), d.effectiveFrom())) {
            throw new InvalidValueException("complaint.error.channelExists");
        }
        ChannelRow row = channels.saveAndFlush(new ChannelRow(d, currentUser.requireUsername(), clock.instant()));
        auditTrail.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), null,
                "COMPLAINT_CHANNEL_ADDED", "complaint-channel", String.valueOf(row.channel().id()),
                "Added channel %s version from %s: %s days%s".formatted(d.code(), d.effectiveFrom(),
                        d.answerDays() == null ? "no" : d.answerDays(), d.maxDays() == null ? "" : ", at most "
                                + d.maxDays()), null));
        return row.channel();
    }

    // --- complaints (staff) ---

    /** The case's incidents a complaint can gather, newest first; none while no incident log exists. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public List<IncidentFact> incidentsOf(long caseId) {
        IncidentSource source = incidentSources.getIfAvailable();
        return source == null ? List.of() : source.incidentsOf(caseId);
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public ComplaintView draft(long caseId, ComplaintDraft draft) {
        CaseDetails file = cases.get(caseId);
        Complaint.Respondent respondent = check(caseId, file, draft);
        Complaint complaint = complaints.saveAndFlush(new Complaint(caseId, respondent, draft,
                currentUser.requireUsername(), clock.instant()));
        record(complaint, "COMPLAINT_DRAFTED", "Drafted a complaint against %s to %s".formatted(respondent.name(),
                draft.channel()), Map.of());
        cases.noteActivity(caseId);
        return complaint.view(today());
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public ComplaintView update(long caseId, long complaintId, long expectedVersion, ComplaintDraft draft) {
        CaseDetails file = cases.get(caseId);
        Complaint complaint = editable(caseId, complaintId, expectedVersion);
        Complaint.Respondent respondent = check(caseId, file, draft);
        complaint.edit(respondent, draft, clock.instant());
        flushed(complaint);
        record(complaint, "COMPLAINT_UPDATED", "Changed the draft complaint against %s to %s".formatted(
                respondent.name(), draft.channel()), Map.of());
        return complaint.view(today());
    }

    /** Files a draft: the channel's rule in force on the filed date sets the answer's due date. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public ComplaintView file(long caseId, long complaintId, long expectedVersion, LocalDate filedOn,
            FilingMethod method, String reference) {
        Complaint complaint = editable(caseId, complaintId, expectedVersion);
        checkDate(filedOn, null, "complaint.error.filedOn");
        if (method == null) {
            throw new InvalidValueException("complaint.error.method");
        }
        String ref = optional(reference, 100, "complaint.error.reference");
        ComplaintChannel rule = inForce(complaint.channelCode(), filedOn);
        complaint.file(filedOn, method, ref, rule, clock.instant());
        flushed(complaint);
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("date", filedOn.toString());
        facts.put("method", method.name());
        facts.put("reference", ref == null ? "" : ref);
        facts.put("due", complaint.dueOn() == null ? "" : complaint.dueOn().toString());
        record(complaint, "COMPLAINT_FILED", "Filed the complaint against %s with %s on %s by %s%s, %s".formatted(
                complaint.respondentName(), complaint.channelCode(), filedOn, method,
                ref == null ? "" : " (ref " + ref + ")", complaint.dueOn() == null ? "no fixed answer deadline"
                        : "answer due " + complaint.dueOn()), facts);
        return complaint.view(today());
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public ComplaintView acknowledge(long caseId, long complaintId, long expectedVersion, LocalDate on,
            String reference) {
        Complaint complaint = editable(caseId, complaintId, expectedVersion);
        checkDate(on, complaint.filedOn(), "complaint.error.date");
        String ref = optional(reference, 100, "complaint.error.reference");
        complaint.acknowledge(on, ref, clock.instant());
        flushed(complaint);
        record(complaint, "COMPLAINT_ACKNOWLEDGED", "Acknowledged on %s%s".formatted(on,
                ref == null ? "" : " (ref " + ref + ")"), Map.of("date", on.toString()));
        return complaint.view(today());
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public ComplaintView answer(long caseId, long complaintId, long expectedVersion, LocalDate on, String text) {
        Complaint complaint = editable(caseId, complaintId, expectedVersion);
        checkDate(on, complaint.filedOn(), "complaint.error.date");
        if (blank(text) || text.strip().length() > 4000) {
            throw new InvalidValueException("complaint.error.answerText");
        }
        boolean late = complaint.dueOn() != null && on.isAfter(complaint.dueOn());
        complaint.answer(on, text.strip(), clock.instant());
        flushed(complaint);
        record(complaint, "COMPLAINT_ANSWERED", "Answered on %s%s".formatted(on, late ? " (late, was due "
                + complaint.dueOn() + ")" : ""), Map.of("date", on.toString(), "late", String.valueOf(late)));
        return complaint.view(today());
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public ComplaintView escalate(long caseId, long complaintId, long expectedVersion, LocalDate on, String reason) {
        Complaint complaint = editable(caseId, complaintId, expectedVersion);
        checkDate(on, complaint.filedOn(), "complaint.error.date");
        String why = optional(reason, 1000, "complaint.error.reason");
        complaint.escalate(on, clock.instant());
        if (why != null) {
            complaint.addNote(currentUser.requireUsername(), why, clock.instant());
        }
        flushed(complaint);
        record(complaint, "COMPLAINT_ESCALATED", "Escalated on %s%s".formatted(on, why == null ? "" : ": " + why),
                Map.of("date", on.toString()));
        return complaint.view(today());
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public ComplaintView close(long caseId, long complaintId, long expectedVersion, LocalDate on, String reason) {
        Complaint complaint = editable(caseId, complaintId, expectedVersion);
        checkDate(on, complaint.filedOn(), "complaint.error.date");
        String why = optional(reason, 1000, "complaint.error.reason");
        complaint.close(on, clock.instant());
        if (why != null) {
            complaint.addNote(currentUser.requireUsername(), why, clock.instant());
        }
        flushed(complaint);
        record(complaint, "COMPLAINT_CLOSED", "Closed on %s%s".formatted(on, why == null ? "" : ": " + why),
                Map.of("date", on.toString()));
        return complaint.view(today());
    }

    /**
     * Extends the answer's due date, with a reason, up to the rule's maximum (the rule in
     * force on the filed date, as the due date itself).
     */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public ComplaintView extend(long caseId, long complaintId, long expectedVersion, LocalDate newDue, String reason) {
        Complaint complaint = editable(caseId, complaintId, expectedVersion);
        if (!complaint.status().awaitingAnswer()) {
            throw new InvalidValueException("complaint.error.extensionStatus");
        }
        AnswerRule rule = channels.findById(complaint.channelRuleId()).map(ChannelRow::channel)
                .map(ComplaintChannel::rule).orElse(null);
        if (rule == null || complaint.dueOn() == null) {
            throw new InvalidValueException("complaint.error.noDeadline");
        }
        rule.checkExtension(complaint.filedOn(), complaint.dueOn(), newDue, reason);
        LocalDate before = complaint.dueOn();
        boolean special = newDue.isAfter(rule.extendableOn(complaint.filedOn()));
        complaint.extend(newDue, reason.strip(), clock.instant());
        flushed(complaint);
        record(complaint, "COMPLAINT_EXTENDED", "Answer due date extended from %s to %s%s: %s".formatted(before,
                newDue, special ? " (special case beyond the ordinary extension)" : "", reason.strip()),
                Map.of("from", before.toString(), "to", newDue.toString(), "special", String.valueOf(special)));
        return complaint.view(today());
    }

    /** Appends an internal follow-up note (staff only; notes are never changed or removed). */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public ComplaintView addNote(long caseId, long complaintId, String text) {
        Complaint complaint = complaints.findByIdAndCaseId(complaintId, caseId).orElseThrow(NotFoundException::new);
        if (blank(text) || text.strip().length() > 4000) {
            throw new InvalidValueException("complaint.error.note");
        }
        complaint.addNote(currentUser.requireUsername(), text.strip(), clock.instant());
        flushed(complaint);
        // The note's text stays out of the audit trail's summary: it is internal and may be personal.
        record(complaint, "COMPLAINT_NOTE_ADDED", "Added a follow-up note", Map.of());
        return complaint.view(today());
    }

    /** One page of the case's complaints, newest first. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public Slice<ComplaintView> complaints(long caseId, Pageable pageable) {
        LocalDate today = today();
        return complaints.findByCaseIdOrderByIdDesc(caseId,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())).map(c -> c.view(today));
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public ComplaintView complaint(long caseId, long complaintId) {
        return find(caseId, complaintId).view(today());
    }

    /** The case's complaints whose answer is overdue, most overdue first. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public List<ComplaintView> overdue(long caseId) {
        LocalDate today = today();
        return complaints.findOverdue(caseId, AWAITING, today).stream().map(c -> c.view(today)).toList();
    }

    /** How many overdue complaints each of these cases has, among the cases the caller works on. */
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, Long> overdueCounts(Collection<Long> caseIds) {
        Set<Long> mine = caseAccess.workable(caseIds);
        if (mine.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : complaints.countOverdue(mine, today())) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    // --- the client's view ---

    /** The complaints filed for the client of this case: no drafts, no notes, no internal fields. */
    @PreAuthorize("@caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public List<ClientComplaint> forClient(long caseId) {
        Map<Long, ComplaintChannel> rules = new HashMap<>();
        return complaints.findByCaseIdAndStatusNotOrderByFiledOnDescIdDesc(caseId, ComplaintStatus.DRAFT).stream()
                .map(c -> {
                    ComplaintView v = c.view(today());
                    ComplaintChannel channel = rules.computeIfAbsent(v.channelRuleId(),
                            id -> channels.findById(id).map(ChannelRow::channel).orElseThrow());
                    return new ClientComplaint(v.id(), v.respondentName(), v.channel(), channel.nameZh(),
                            channel.nameEn(), v.filedOn(), v.status(), v.dueOn(), v.answeredOn(), v.answerText());
                }).toList();
    }

    // --- statistics ---

    /**
     * Complaints filed from {@code from} to {@code to} (Beijing dates, inclusive), drafts
     * excluded, counted by respondent (names normalised), channel and status.
     */
    @PreAuthorize("hasAnyRole('COUNSELLOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<ComplaintCount> complaintCounts(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidValueException("complaint.error.period");
        }
        return complaints.counts(from, to, AWAITING, today()).stream().map(r -> new ComplaintCount(
                normalise((String) r[0]), (Boolean) r[1], ((ChannelCode) r[2]).name(), (ComplaintStatus) r[3],
                ((Number) r[4]).longValue(), r[5] == null ? 0 : ((Number) r[5]).longValue())).toList();
    }

    // --- helpers ---

    private IncidentSource source() {
        IncidentSource source = incidentSources.getIfAvailable();
        if (source == null) {
            throw new NotFoundException();
        }
        return source;
    }

    private Complaint.Respondent check(long caseId, CaseDetails file, ComplaintDraft draft) {
        if (draft.channel() == null) {
            throw new InvalidValueException("complaint.error.channel");
        }
        Complaint.Respondent respondent;
        if (draft.lenderDebtId() != null) {
            DebtLine debt = debt(file, draft.lenderDebtId());
            respondent = new Complaint.Respondent(normalise(debt.details().lenderName()), false,
                    debt.details().lenderType());
        } else if (!blank(draft.agencyName()) && normalise(draft.agencyName()).length() <= 200) {
            respondent = new Complaint.Respondent(normalise(draft.agencyName()), true, null);
        } else {
            throw new InvalidValueException("complaint.error.respondent");
        }
        if (draft.debtId() != null) {
            debt(file, draft.debtId());
        }
        if (draft.ask() != null && draft.ask().strip().length() > 4000) {
            throw new InvalidValueException("complaint.error.ask");
        }
        if (!draft.incidentIds().isEmpty()) {
            // Throws NotFoundException for an id that is not an incident of this case.
            source().incidents(caseId, draft.incidentIds());
        }
        if (draft.grievances().isEmpty() && draft.incidentIds().isEmpty()) {
            throw new InvalidValueException("complaint.error.nothing");
        }
        return respondent;
    }

    private static DebtLine debt(CaseDetails file, long debtId) {
        return file.debtsByPriority().stream().filter(d -> d.id() == debtId).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private ComplaintChannel inForce(ChannelCode code, LocalDate on) {
        return ChannelVersions.inForce(channels.findByEffectiveFromLessThanEqualOrderByCodeAscEffectiveFromDesc(on)
                .stream().map(ChannelRow::channel).toList(), code, on)
                .orElseThrow(() -> new InvalidValueException("complaint.error.channelNotInForce", on.toString()));
    }

    private void checkDate(LocalDate date, LocalDate notBefore, String key) {
        LocalDate today = today();
        if (date == null || date.isAfter(today) || date.isBefore(today.minusDays(MAX_DAYS_BACK))
                || (notBefore != null && date.isBefore(notBefore))) {
            throw new InvalidValueException(key);
        }
    }

    private Complaint find(long caseId, long complaintId) {
        return complaints.findByIdAndCaseId(complaintId, caseId).orElseThrow(NotFoundException::new);
    }

    private Complaint editable(long caseId, long complaintId, long expectedVersion) {
        Complaint complaint = find(caseId, complaintId);
        if (complaint.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        return complaint;
    }

    private void flushed(Complaint complaint) {
        try {
            complaints.saveAndFlush(complaint);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
    }

    private void record(Complaint c, String action, String summary, Map<String, String> facts) {
        audit.record(c, action, summary, facts);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /** Trims and collapses whitespace (ideographic spaces too), so one lender is counted once. */
    static String normalise(String name) {
        return name == null ? "" : name.replaceAll("[\\s\\u3000]+", " ").strip();
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
}
