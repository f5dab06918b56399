package org.reliefdesk.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.reliefdesk.audit.AuditRecord;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.ClientCaseStatus;
import org.reliefdesk.casefile.ConsentKind;
import org.reliefdesk.casefile.ConsentRecord;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client's PIPL rights (第44-47条): see what the portal holds, download a copy, ask for a
 * correction or deletion, withdraw the sensitive-data consent. Requests are decided by
 * administrators. Every change and every copy is audited (decision 020).
 */
@Service
@Transactional
public class PrivacyService {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The section key of a request about something no section names. */
    public static final String OTHER_SECTION = "other";
    private static final int MAX_TEXT = 2000;

    private final List<PersonalDataSource> sources;
    private final PrivacyRequestRepository requests;
    private final PrivacyRuleRepository rules;
    private final CaseService cases;
    private final CopyWriter copies;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    PrivacyService(ObjectProvider<PersonalDataSource> sources, PrivacyRequestRepository requests,
            PrivacyRuleRepository rules, CaseService cases, CopyWriter copies, CurrentUser currentUser,
            AuditTrail audit, Clock clock) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(PersonalDataSource::order)).toList();
        this.requests = requests;
        this.rules = rules;
        this.cases = cases;
        this.copies = copies;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The copy's two formats. */
    public enum Format {
        PDF,
        JSON
    }

    // --- the client's view and copy (第44-45条) ---

    /** The signed-in client's cases (usually one), newest first. */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional(readOnly = true)
    public List<ClientCaseStatus> myCases() {
        return cases.myCases();
    }

    /** What the portal holds about the client of this case, by section, as shown on screen (numbers masked). */
    @PreAuthorize("hasRole('CLIENT') and @caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public List<PersonalDataSection> dataOf(long caseId) {
        return sources.stream().flatMap(s -> s.personalDataOf(caseId).stream()).toList();
    }

    /** The client's copy of their data, in full, in the reader's language; each copy is audited. */
    @PreAuthorize("hasRole('CLIENT') and @caseAccess.canRead(#caseId)")
    public byte[] copy(long caseId, Format format, Locale locale) {
        List<PersonalDataSection> sections = sources.stream().flatMap(s -> s.copyOf(caseId).stream()).toList();
        byte[] bytes = format == Format.PDF ? copies.pdf(caseId, sections, locale, clock.instant())
                : copies.json(caseId, sections, locale, clock.instant());
        record(caseId, "PRIVACY_COPY_DOWNLOADED", "personal-data", String.valueOf(caseId),
                "The client downloaded a %s copy of their personal data (%d sections)".formatted(format,
                        sections.size()),
                Map.of("format", format.name(), "sections", String.valueOf(sections.size())));
        return bytes;
    }

    /** The client withdraws their sensitive-data consent (PIPL 第15条), recorded on the case. */
    @PreAuthorize("hasRole('CLIENT') and @caseAccess.canRead(#caseId)")
    public void withdrawSensitiveConsent(long caseId) {
        cases.withdrawOwnSensitiveConsent(caseId);
    }

    /** The client's sensitive-data consent as last recorded (active or withdrawn), if any. */
    @PreAuthorize("hasRole('CLIENT') and @caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public Optional<ConsentRecord> sensitiveConsent(long caseId) {
        return cases.ownRecord(caseId).consents().stream().filter(c -> c.kind() == ConsentKind.SENSITIVE_DATA)
                .reduce((first, second) -> second);
    }

    // --- correction and deletion requests (第46-47条) ---

    @PreAuthorize("hasRole('CLIENT') and @caseAccess.canRead(#caseId)")
    public PrivacyRequestView file(long caseId, RequestKind kind, String sectionKey, String what, String why) {
        return fileAt(caseId, kind, sectionKey, what, why, clock.instant());
    }

    /** Files as if received at {@code at}: the demo seed's request from ten days ago. Callers check access. */
    PrivacyRequestView fileAt(long caseId, RequestKind kind, String sectionKey, String what, String why,
            java.time.Instant at) {
        if (kind == null) {
            throw new InvalidValueException("privacy.error.kind");
        }
        if (sectionKey == null || sectionKey.isBlank() || sectionKey.length() > 64) {
            throw new InvalidValueException("privacy.error.section");
        }
        String whatText = required(what, "privacy.error.what");
        String whyText = required(why, "privacy.error.why");
        LocalDate today = LocalDate.ofInstant(at, CHINA);
        PrivacyRule rule = rules.findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(today)
                .orElseThrow(() -> new IllegalStateException("No privacy answer rule in force on " + today));
        PrivacyRequest request = requests.saveAndFlush(new PrivacyRequest(caseId, currentUser.requireUsername(), kind,
                sectionKey.strip(), whatText, whyText, at, today, rule));
        record(request, "PRIVACY_REQUEST_FILED", "The client asked for a %s of %s data, due %s".formatted(kind,
                sectionKey, request.dueOn()), Map.of("kind", kind.name(), "section", sectionKey.strip(),
                        "due", request.dueOn().toString()));
        return request.view();
    }

    /** The client's own requests on their case, newest first, with the refusal reason where refused. */
    @PreAuthorize("@caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public List<PrivacyRequestView> requestsOf(long caseId) {
        return requests.findByCaseIdOrderByReceivedAtDescIdDesc(caseId).stream().map(PrivacyRequest::view).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<PrivacyRequestView> requests(RequestFilter filter, Pageable pageable) {
        RequestFilter f = filter == null ? RequestFilter.ALL : filter;
        return requests.findPage(f != RequestFilter.ALL, f == RequestFilter.OVERDUE ? today() : null, pageable)
                .map(PrivacyRequest::view);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public PrivacyRequestView start(long requestId, long expectedVersion) {
        PrivacyRequest request = editable(requestId, expectedVersion);
        request.start();
        record(request, "PRIVACY_REQUEST_STARTED", "Started work on the client's %s request".formatted(
                request.kind()), Map.of("kind", request.kind().name()));
        return flushed(request).view();
    }

    /**
     * Done, saying what was changed. For a deletion this records the decision: the data is erased or
     * anonymised by hand, and the audit trail keeps its hash-chained entries (decision 020).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public PrivacyRequestView complete(long requestId, long expectedVersion, String whatChanged) {
        PrivacyRequest request = editable(requestId, expectedVersion);
        request.decide(RequestStatus.DONE, whatChanged, today(), currentUser.requireUsername());
        // The outcome often names the very data corrected or erased; it stays on the request, which can
        // be corrected, and never enters the append-only audit trail.
        record(request, "PRIVACY_REQUEST_DONE", "Completed the client's %s request; outcome recorded on the request"
                .formatted(request.kind()), Map.of("kind", request.kind().name()));
        return flushed(request).view();
    }

    /** Refused, with a reason the client sees. */
    @PreAuthorize("hasRole('ADMIN')")
    public PrivacyRequestView refuse(long requestId, long expectedVersion, String reason) {
        PrivacyRequest request = editable(requestId, expectedVersion);
        request.decide(RequestStatus.REFUSED, reason, today(), currentUser.requireUsername());
        record(request, "PRIVACY_REQUEST_REFUSED", "Refused the client's %s request; reason recorded on the request"
                .formatted(request.kind()), Map.of("kind", request.kind().name()));
        return flushed(request).view();
    }

    // --- the answer period, effective-dated ---

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ResponseRule> rules() {
        return rules.findAllByOrderByEffectiveFromDesc().stream().map(PrivacyRule::view).toList();
    }

    /** A new row from a date not in the past; earlier requests keep the due date they were given. */
    @PreAuthorize("hasRole('ADMIN')")
    public ResponseRule addRule(LocalDate effectiveFrom, int answerDays, String source, boolean verified) {
        if (effectiveFrom == null || effectiveFrom.isBefore(today()) || rules.existsByEffectiveFrom(effectiveFrom)) {
            throw new InvalidValueException("privacy.error.ruleDate");
        }
        if (answerDays < 1 || answerDays > 365) {
            throw new InvalidValueException("privacy.error.ruleDays");
        }
        String from = required(source, "privacy.error.ruleSource");
        PrivacyRule rule = rules.saveAndFlush(new PrivacyRule(effectiveFrom, answerDays, from, verified,
                currentUser.requireUsername(), clock.instant()));
        record(null, "PRIVACY_RULE_ADDED", "privacy-rule", String.valueOf(rule.id()),
                "Privacy requests filed from %s are due in %d calendar days (%s)".formatted(effectiveFrom,
                        answerDays, from), Map.of("from", effectiveFrom.toString(), "days",
                        String.valueOf(answerDays)));
        return rule.view();
    }

    // --- helpers ---

    private PrivacyRequest editable(long requestId, long expectedVersion) {
        PrivacyRequest request = requests.findById(requestId).orElseThrow(NotFoundException::new);
        if (request.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        return request;
    }

    private PrivacyRequest flushed(PrivacyRequest request) {
        try {
            return requests.saveAndFlush(request);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
    }

    private static String required(String text, String key) {
        if (text == null || text.isBlank() || text.strip().length() > MAX_TEXT) {
            throw new InvalidValueException(key);
        }
        return text.strip();
    }

    private void record(PrivacyRequest request, String action, String summary, Map<String, String> facts) {
        record(request.caseId(), action, "privacy-request", String.valueOf(request.id()), summary, facts);
    }

    private void record(Long caseId, String action, String targetType, String targetId, String summary,
            Map<String, String> facts) {
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), caseId, action,
                targetType, targetId, summary, JsonMapper.shared().writeValueAsString(new TreeMap<>(facts))));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }
}
