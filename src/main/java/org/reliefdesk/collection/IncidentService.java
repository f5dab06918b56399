package org.reliefdesk.collection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reliefdesk.audit.AuditRecord;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.calls.CallDetails;
import org.reliefdesk.calls.CallParty;
import org.reliefdesk.calls.CallRecord;
import org.reliefdesk.calls.CallService;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.evidence.EvidenceItem;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The collection incident log of a case, its imported call lists and the flags the conduct
 * rules raise on them (decision 010). Staff of the case only; every change is audited.
 */
@Service
@Transactional
public class IncidentService {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Flags.BEIJING);
    /** An abusive call logged without the collector's name still needs one to be counted by. */
    static final String UNNAMED_COLLECTOR = "未具名催收方";

    private final IncidentRepository incidents;
    private final AttemptRepository attempts;
    private final ConductRuleService rules;
    private final CaseService cases;
    private final CallService calls;
    private final EvidenceService evidence;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    IncidentService(IncidentRepository incidents, AttemptRepository attempts, ConductRuleService rules,
            CaseService cases, CallService calls, EvidenceService evidence, CurrentUser currentUser, AuditTrail audit,
            Clock clock) {
        this.incidents = incidents;
        this.attempts = attempts;
        this.rules = rules;
        this.cases = cases;
        this.calls = calls;
        this.evidence = evidence;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public IncidentView record(long caseId, IncidentDetails details) {
        CaseDetails file = cases.get(caseId);
        IncidentDetails checked = IncidentRules.check(details, debtIds(file), clock.instant());
        Incident incident = incidents.saveAndFlush(new Incident(caseId, checked, null, currentUser.requireUsername(),
                clock.instant()));
        recorded(caseId, incident, checked, null);
        return view(caseId, incident);
    }

    /** Corrects an incident in place; the audit entry keeps each changed field before and after. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public IncidentView correct(long caseId, long incidentId, long expectedVersion, IncidentDetails details) {
        CaseDetails file = cases.get(caseId);
        Incident incident = incidents.findByIdAndCaseId(incidentId, caseId).orElseThrow(NotFoundException::new);
        if (incident.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        IncidentDetails checked = IncidentRules.check(details, debtIds(file), clock.instant());
        Map<String, String[]> changes = changes(incident.details(), checked);
        if (changes.isEmpty()) {
            return view(caseId, incident);
        }
        incident.correct(checked, clock.instant());
        try {
            incidents.saveAndFlush(incident);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
        Map<String, String> facts = facts(incidentId, checked);
        facts.put("changed", String.join(",", changes.keySet()));
        record(caseId, incidentId, "INCIDENT_CORRECTED", "Corrected incident %d: %s".formatted(incidentId,
                changes.entrySet().stream().map(c -> c.getKey() + " " + c.getValue()[0] + " -> " + c.getValue()[1])
                        .collect(Collectors.joining("; "))), facts);
        return view(caseId, incident);
    }

    /** One page of the case's incidents, newest first, with their flags. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public Slice<IncidentView> incidents(long caseId, Pageable pageable) {
        Slice<Incident> page = incidents.findByCaseIdOrderByOccurredAtDescIdDesc(caseId,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
        Flags.Result flags = flags(caseId, page.getContent());
        return new SliceImpl<>(page.getContent().stream().map(i -> i.view(flags.of(i.id()))).toList(),
                page.getPageable(), page.hasNext());
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public IncidentView incident(long caseId, long incidentId) {
        return view(caseId, incidents.findByIdAndCaseId(incidentId, caseId).orElseThrow(NotFoundException::new));
    }

    /**
     * The given incidents of the case, oldest first. Any id that is not an incident of this
     * case makes the whole request fail as not found.
     */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public List<IncidentView> incidents(long caseId, Collection<Long> incidentIds) {
        Set<Long> wanted = Set.copyOf(incidentIds);
        List<Incident> found = incidents.findByCaseIdAndIdIn(caseId, wanted);
        if (found.size() != wanted.size()) {
            throw new NotFoundException();
        }
        Flags.Result flags = flags(caseId, found);
        return found.stream().sorted(Comparator.comparing(Incident::occurredAt).thenComparing(Incident::id))
                .map(i -> i.view(flags.of(i.id()))).toList();
    }

    /** All incidents of the case, newest first (a case has tens, not thousands). */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public List<IncidentView> allIncidents(long caseId) {
        List<Incident> all = incidents.findByCaseIdOrderByOccurredAtDescIdDesc(caseId);
        Flags.Result flags = flags(caseId, all);
        return all.stream().map(i -> i.view(flags.of(i.id()))).toList();
    }

    /** How many of the case's incidents break at least one rule. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public long flaggedCount(long caseId) {
        List<Incident> all = incidents.findByCaseIdOrderByOccurredAtDescIdDesc(caseId);
        Flags.Result flags = flags(caseId, all);
        return all.stream().filter(i -> !flags.of(i.id()).isEmpty()).count();
    }

    /** The case's calls logged as abusive that are not an incident yet, newest first. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public List<CallRecord> convertibleCalls(long caseId) {
        Set<Long> converted = new HashSet<>(incidents.convertedCallIds(caseId));
        return calls.abusiveCalls(caseId).stream().filter(c -> !converted.contains(c.id())).toList();
    }

    /**
     * Makes an incident of a call logged as abusive, once per call: its time, collector and
     * summary are taken over and its evidence is linked to the incident too.
     */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public IncidentView fromCall(long caseId, long callId) {
        CallRecord call = calls.call(caseId, callId);
        if (!call.abusive()) {
            throw new InvalidValueException("collection.error.callNotAbusive");
        }
        if (incidents.existsByCallId(callId)) {
            throw new InvalidValueException("collection.error.callConverted");
        }
        CaseDetails file = cases.get(caseId);
        CallDetails c = call.details();
        String lender = c.debtId() == null ? null : file.debtsByPriority().stream()
                .filter(d -> d.id() == c.debtId()).map(d -> d.details().lenderName()).findFirst().orElse(null);
        String name = Stream.of(c.partyName(), lender).filter(Objects::nonNull).findFirst().orElse(UNNAMED_COLLECTOR);
        IncidentDetails details = IncidentRules.check(new IncidentDetails(c.debtId(), c.at(),
                IncidentChannel.CALL, name, c.party() == CallParty.COLLECTION_AGENCY, c.partyNumber(),
                Reached.CLIENT, Set.of(), Boolean.TRUE, Boolean.FALSE, c.summary()), debtIds(file),
                clock.instant());
        Incident incident;
        try {
            incident = incidents.saveAndFlush(new Incident(caseId, details, callId, currentUser.requireUsername(),
                    clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new InvalidValueException("collection.error.callConverted");
        }
        recorded(caseId, incident, details, callId);
        for (EvidenceItem item : evidence.linkedTo(caseId, EvidenceTarget.call(callId))) {
            evidence.link(caseId, item.id(), EvidenceTarget.incident(incident.id()));
        }
        return view(caseId, incident);
    }

    /**
     * Stores a day's call list (CSV text) as attempts of one collector: all lines or none.
     * They are not incidents; they feed the frequency rules.
     */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public ImportResult importAttempts(long caseId, String collectorName, boolean agency, String csv) {
        cases.get(caseId);
        String collector = IncidentRules.collector(collectorName);
        if (collector == null || collector.length() > 100) {
            throw new InvalidValueException("collection.import.error.collector");
        }
        List<CallListCsv.Line> lines = CallListCsv.parse(csv, clock.instant());
        String batch = UUID.randomUUID().toString();
        String me = currentUser.requireUsername();
        Instant now = clock.instant();
        attempts.saveAll(lines.stream().map(l -> new Attempt(caseId, l, collector, agency, batch, me, now)).toList());
        attempts.flush();
        Set<LocalDate> days = lines.stream().map(l -> LocalDate.ofInstant(l.at(), Flags.BEIJING))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        long unanswered = lines.stream().filter(l -> !l.answered()).count();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("count", String.valueOf(lines.size()));
        facts.put("unanswered", String.valueOf(unanswered));
        facts.put("collector", collector);
        facts.put("days", days.stream().map(LocalDate::toString).collect(Collectors.joining(",")));
        facts.put("batch", batch);
        record(caseId, null, "COLLECTION_ATTEMPTS_IMPORTED", "Imported %d call attempts (%d unanswered) from %s on %s"
                .formatted(lines.size(), unanswered, collector, facts.get("days")), facts);
        cases.noteActivity(caseId);
        List<FrequencyFinding> onTheseDays = findingsOf(caseId).stream().filter(f -> days.contains(f.day())).toList();
        return new ImportResult(lines.size(), onTheseDays);
    }

    /** The text of an uploaded call list: UTF-8, or GB18030 as Excel saves CSV on Chinese Windows. */
    public static String callListText(byte[] bytes) {
        return CallListCsv.decode(bytes);
    }

    /** The days on which the case's incidents and imported attempts broke a count or the night rule. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public List<FrequencyFinding> findings(long caseId) {
        return findingsOf(caseId);
    }

    /**
     * How often each collector showed each violation in incidents between two Beijing dates
     * (inclusive), across all cases: each category of an incident (code = category name) and
     * each rule it breaks (code = rule code). No personal data.
     */
    @PreAuthorize("hasAnyRole('COUNSELLOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<ViolationCount> violationCounts(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidValueException("collection.error.period");
        }
        Instant start = from.atStartOfDay(Flags.BEIJING).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(Flags.BEIJING).toInstant();
        Map<Long, List<Incident>> byCase = incidents.findByOccurredAtGreaterThanEqualAndOccurredAtLessThan(start, end)
                .stream().collect(Collectors.groupingBy(Incident::caseId));
        if (byCase.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Attempt>> attemptsByCase = attempts.inCases(byCase.keySet(), start, end).stream()
                .collect(Collectors.groupingBy(Attempt::caseId));
        RuleBook book = rules.book();
        record Key(String collector, boolean agency, String code, String messageKey) {
        }
        Map<Key, long[]> counts = new TreeMap<>(Comparator.comparing(Key::collector).thenComparing(Key::agency)
                .thenComparing(Key::code));
        Map<Key, Set<Long>> casesOf = new HashMap<>();
        byCase.forEach((caseId, list) -> {
            List<Contact> contacts = new ArrayList<>();
            list.forEach(i -> contacts.add(i.contact()));
            attemptsByCase.getOrDefault(caseId, List.of()).forEach(a -> contacts.add(a.contact()));
            Flags.Result flags = Flags.compute(book, contacts);
            for (Incident i : list) {
                IncidentDetails d = i.details();
                String collector = IncidentRules.collector(d.collectorName());
                List<Key> keys = new ArrayList<>();
                d.categories().stream().sorted().forEach(c -> keys.add(new Key(collector, d.agency(), c.name(),
                        "collection.category." + c.name())));
                flags.of(i.id()).forEach(r -> keys.add(new Key(collector, d.agency(), r.code(),
                        "collection.rule." + r.code())));
                for (Key key : keys) {
                    counts.computeIfAbsent(key, k -> new long[1])[0]++;
                    casesOf.computeIfAbsent(key, k -> new HashSet<>()).add(caseId);
                }
            }
        });
        return counts.entrySet().stream().map(e -> new ViolationCount(e.getKey().collector(), e.getKey().agency(),
                        e.getKey().code(), e.getKey().messageKey(), e.getValue()[0], casesOf.get(e.getKey()).size()))
                .sorted(Comparator.comparingLong(ViolationCount::incidents).reversed()
                        .thenComparing(ViolationCount::collector).thenComparing(ViolationCount::violationCode))
                .toList();
    }

    // --- helpers ---

    private List<FrequencyFinding> findingsOf(long caseId) {
        List<Contact> contacts = new ArrayList<>();
        incidents.findByCaseIdOrderByOccurredAtDescIdDesc(caseId).forEach(i -> contacts.add(i.contact()));
        attempts.findByCaseId(caseId).forEach(a -> contacts.add(a.contact()));
        return Flags.compute(rules.book(), contacts).findings();
    }

    private IncidentView view(long caseId, Incident incident) {
        return incident.view(flags(caseId, List.of(incident)).of(incident.id()));
    }

    /** The flags of some incidents of a case, counted over everything on the Beijing days they span. */
    private Flags.Result flags(long caseId, List<Incident> some) {
        if (some.isEmpty()) {
            return new Flags.Result(Map.of(), List.of());
        }
        LocalDate first = some.stream().map(i -> LocalDate.ofInstant(i.occurredAt(), Flags.BEIJING))
                .min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = some.stream().map(i -> LocalDate.ofInstant(i.occurredAt(), Flags.BEIJING))
                .max(Comparator.naturalOrder()).orElseThrow();
        Instant from = first.atStartOfDay(Flags.BEIJING).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(Flags.BEIJING).toInstant();
        List<Contact> contacts = new ArrayList<>();
        incidents.findByCaseIdAndOccurredAtGreaterThanEqualAndOccurredAtLessThan(caseId, from, to)
                .forEach(i -> contacts.add(i.contact()));
        attempts.findByCaseIdAndOccurredAtGreaterThanEqualAndOccurredAtLessThan(caseId, from, to)
                .forEach(a -> contacts.add(a.contact()));
        return Flags.compute(rules.book(), contacts);
    }

    private static Set<Long> debtIds(CaseDetails file) {
        return file.debtsByPriority().stream().map(DebtLine::id).collect(Collectors.toSet());
    }

    private void recorded(long caseId, Incident incident, IncidentDetails d, Long callId) {
        Map<String, String> facts = facts(incident.id(), d);
        if (callId != null) {
            facts.put("callId", String.valueOf(callId));
        }
        record(caseId, incident.id(), "INCIDENT_RECORDED", "Recorded collection incident %d: %s by %s%s at %s, reached %s%s%s"
                .formatted(incident.id(), d.channel(), d.collectorName(), d.agency() ? " (agency)" : "",
                        WHEN.format(d.at()), d.reached(), d.categories().isEmpty() ? "" : ", " + EnumSets.join(
                                d.categories()), callId == null ? "" : " (from call " + callId + ")"), facts);
        cases.noteActivity(caseId);
    }

    private static Map<String, String> facts(long incidentId, IncidentDetails d) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("incidentId", String.valueOf(incidentId));
        facts.put("at", WHEN.format(d.at()));
        facts.put("channel", d.channel().name());
        facts.put("reached", d.reached().name());
        facts.put("collector", d.collectorName());
        facts.put("categories", EnumSets.join(d.categories()));
        return facts;
    }

    /** Field name to {before, after}, for the fields that differ. */
    static Map<String, String[]> changes(IncidentDetails before, IncidentDetails after) {
        Map<String, String[]> changes = new LinkedHashMap<>();
        diff(changes, "debt", before.debtId(), after.debtId());
        diff(changes, "at", WHEN.format(before.at()), WHEN.format(after.at()));
        diff(changes, "channel", before.channel(), after.channel());
        diff(changes, "collector", before.collectorName(), after.collectorName());
        diff(changes, "agency", before.agency(), after.agency());
        diff(changes, "number", before.collectorNumber(), after.collectorNumber());
        diff(changes, "reached", before.reached(), after.reached());
        diff(changes, "categories", EnumSets.join(before.categories()), EnumSets.join(after.categories()));
        diff(changes, "answered", before.answered(), after.answered());
        diff(changes, "automated", before.automated(), after.automated());
        diff(changes, "description", before.description(), after.description());
        return changes;
    }

    private static void diff(Map<String, String[]> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, new String[] {String.valueOf(before), String.valueOf(after)});
        }
    }

    private void record(long caseId, Long incidentId, String action, String summary, Map<String, String> facts) {
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), caseId, action,
                "collection-incident", incidentId == null ? null : String.valueOf(incidentId), summary,
                JsonMapper.shared().writeValueAsString(new TreeMap<>(facts))));
    }
}
