package org.reliefdesk.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reliefdesk.audit.AuditRecord;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.evidence.EvidenceItem;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.platform.ClockConfiguration;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requested documents (decision 019): the counsellor asks, the client uploads into the
 * evidence vault from the portal and the upload closes the request; the counsellor may
 * cancel an open request or reopen a closed one. Every step is audited.
 */
@Service
public class RequestService {

    static final int MAX_TEXT = 1000;

    private final DocumentRequestRepository requests;
    private final EvidenceService evidence;
    private final CaseService cases;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    RequestService(DocumentRequestRepository requests, EvidenceService evidence, CaseService cases,
            CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.evidence = evidence;
        this.cases = cases;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Asks the client for a document. Staff only. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional
    public DocumentRequestView ask(long caseId, DocumentRequestDraft draft) {
        if (draft.category() == null || !draft.category().clientMayUpload()) {
            throw new InvalidValueException("requests.error.category");
        }
        String description = requireText(draft.description(), "requests.error.description");
        LocalDate due = requireDue(draft.dueOn());
        DocumentRequest request = requests.saveAndFlush(new DocumentRequest(caseId, draft.category(), description,
                due, currentUser.requireUsername(), clock.instant()));
        record(caseId, request.id(), "REQUEST_MADE", "Asked the client for a document (%s) due %s"
                .formatted(draft.category(), due), Map.of("category", draft.category().name(), "due", due.toString()));
        cases.noteActivity(caseId);
        return request.view();
    }

    /**
     * Fulfils an open request with the evidence item the caller just uploaded linked to it (the
     * portal's upload stores the file through {@link EvidenceService#store} with
     * {@link EvidenceTarget#documentRequest(long)}, outside any transaction, then calls this).
     * The item must be linked to the request and visible to the caller.
     */
    @PreAuthorize("@caseAccess.canRead(#caseId)")
    @Transactional
    public DocumentRequestView fulfil(long caseId, long requestId, long evidenceId) {
        EvidenceItem item = evidence.get(caseId, evidenceId);
        if (!item.linkedTo(EvidenceTarget.documentRequest(requestId))) {
            throw new NotFoundException();
        }
        return fulfilled(caseId, requestId, item);
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional
    public DocumentRequestView cancel(long caseId, long requestId, long expectedVersion, String reason) {
        String why = requireText(reason, "requests.error.reason");
        DocumentRequest request = editable(caseId, requestId, expectedVersion);
        request.cancel(why, clock.instant());
        record(caseId, requestId, "REQUEST_CANCELLED", "Cancelled the request for a document (%s): %s"
                .formatted(request.category(), why), Map.of("category", request.category().name(), "reason", why));
        return flushed(request).view();
    }

    /** Opens a fulfilled or cancelled request again, e.g. the wrong document came, with a new due date. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional
    public DocumentRequestView reopen(long caseId, long requestId, long expectedVersion, LocalDate dueOn,
            String reason) {
        String why = requireText(reason, "requests.error.reason");
        LocalDate due = requireDue(dueOn);
        DocumentRequest request = editable(caseId, requestId, expectedVersion);
        request.reopen(why, due, clock.instant());
        record(caseId, requestId, "REQUEST_REOPENED", "Reopened the request for a document (%s), due %s: %s"
                .formatted(request.category(), due, why), Map.of("category", request.category().name(),
                        "due", due.toString(), "reason", why));
        cases.noteActivity(caseId);
        return flushed(request).view();
    }

    /** The case's requests: open ones first, soonest due first; then the closed ones, newest first. */
    @PreAuthorize("@caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public Slice<DocumentRequestView> requests(long caseId, Pageable pageable) {
        return requests.findPage(caseId, pageable).map(DocumentRequest::view);
    }

    /** What is still asked of the client, soonest due first. */
    @PreAuthorize("@caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public List<DocumentRequestView> open(long caseId) {
        return requests.findByCaseIdAndStatusOrderByDueOnAscIdAsc(caseId, RequestStatus.OPEN).stream()
                .map(DocumentRequest::view).toList();
    }

    @PreAuthorize("@caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public DocumentRequestView get(long caseId, long requestId) {
        return requests.findByIdAndCaseId(requestId, caseId).orElseThrow(NotFoundException::new).view();
    }

    /** Today in Beijing, the date due dates are compared with. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.CHINA));
    }

    // --- helpers ---

    private DocumentRequestView fulfilled(long caseId, long requestId, EvidenceItem item) {
        DocumentRequest request = requests.findByIdAndCaseId(requestId, caseId).orElseThrow(NotFoundException::new);
        request.fulfil(item.id(), today(), currentUser.requireUsername(), clock.instant());
        record(caseId, requestId, "REQUEST_FULFILLED", "The requested document (%s) arrived: evidence %d"
                .formatted(request.category(), item.id()), Map.of("category", request.category().name(),
                        "evidence", String.valueOf(item.id())));
        cases.noteActivity(caseId);
        return flushed(request).view();
    }

    private DocumentRequest editable(long caseId, long requestId, long expectedVersion) {
        DocumentRequest request = requests.findByIdAndCaseId(requestId, caseId).orElseThrow(NotFoundException::new);
        if (request.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        return request;
    }

    private DocumentRequest flushed(DocumentRequest request) {
        try {
            return requests.saveAndFlush(request);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
    }

    private LocalDate requireDue(LocalDate due) {
        if (due == null || due.isBefore(today())) {
            throw new InvalidValueException("requests.error.due");
        }
        return due;
    }

    private static String requireText(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(key);
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new InvalidValueException("requests.error.tooLong", MAX_TEXT);
        }
        return stripped;
    }

    private void record(long caseId, long requestId, String action, String summary, Map<String, String> facts) {
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), caseId, action,
                "document_request", String.valueOf(requestId), summary,
                JsonMapper.shared().writeValueAsString(new TreeMap<>(facts))));
    }
}
