package org.reliefdesk.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.reliefdesk.evidence.EvidenceCategory;
import org.reliefdesk.shared.InvalidValueException;

/** A document a counsellor asked the client for; its moves are guarded here. */
@Entity
@Table(name = "document_request")
class DocumentRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EvidenceCategory category;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "evidence_id")
    private Long evidenceId;

    @Column(name = "fulfilled_on")
    private LocalDate fulfilledOn;

    @Column(name = "fulfilled_by")
    private String fulfilledBy;

    private String reason;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected DocumentRequest() {
    }

    DocumentRequest(long caseId, EvidenceCategory category, String description, LocalDate dueOn, String by,
            Instant now) {
        this.caseId = caseId;
        this.category = category;
        this.description = description;
        this.dueOn = dueOn;
        this.status = RequestStatus.OPEN;
        this.requestedBy = by;
        this.requestedAt = now;
        this.updatedAt = now;
    }

    void fulfil(long evidence, LocalDate on, String by, Instant now) {
        requireStatus(RequestStatus.OPEN);
        this.status = RequestStatus.FULFILLED;
        this.evidenceId = evidence;
        this.fulfilledOn = on;
        this.fulfilledBy = by;
        this.updatedAt = now;
    }

    void cancel(String why, Instant now) {
        requireStatus(RequestStatus.OPEN);
        this.status = RequestStatus.CANCELLED;
        this.reason = why;
        this.updatedAt = now;
    }

    /** Back to open (a wrong document, or asked again), with a new due date; the evidence stays in the vault. */
    void reopen(String why, LocalDate due, Instant now) {
        if (status == RequestStatus.OPEN) {
            throw new InvalidValueException("requests.error.state");
        }
        this.status = RequestStatus.OPEN;
        this.reason = why;
        this.dueOn = due;
        this.evidenceId = null;
        this.fulfilledOn = null;
        this.fulfilledBy = null;
        this.updatedAt = now;
    }

    private void requireStatus(RequestStatus expected) {
        if (status != expected) {
            throw new InvalidValueException("requests.error.state");
        }
    }

    Long id() {
        return id;
    }

    long caseId() {
        return caseId;
    }

    long version() {
        return version;
    }

    EvidenceCategory category() {
        return category;
    }

    RequestStatus status() {
        return status;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    LocalDate fulfilledOn() {
        return fulfilledOn;
    }

    DocumentRequestView view() {
        return new DocumentRequestView(id, caseId, version, category, description, dueOn, status, requestedBy,
                requestedAt, evidenceId, fulfilledOn, reason);
    }
}
