package org.reliefdesk.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.reliefdesk.shared.InvalidValueException;

/** A client's correction or deletion request; its due date is fixed from the rule in force when it came in. */
@Entity
@Table(name = "privacy_request")
class PrivacyRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "client_username", nullable = false, updatable = false)
    private String clientUsername;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RequestKind kind;

    @Column(name = "section_key", nullable = false, updatable = false)
    private String sectionKey;

    @Column(nullable = false, updatable = false)
    private String what;

    @Column(nullable = false, updatable = false)
    private String why;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status = RequestStatus.RECEIVED;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rule_id", nullable = false, updatable = false)
    private PrivacyRule rule;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by")
    private String decidedBy;

    private String outcome;

    @Version
    private long version;

    protected PrivacyRequest() {
    }

    PrivacyRequest(long caseId, String clientUsername, RequestKind kind, String sectionKey, String what, String why,
            Instant receivedAt, LocalDate receivedOn, PrivacyRule rule) {
        this.caseId = caseId;
        this.clientUsername = clientUsername;
        this.kind = kind;
        this.sectionKey = sectionKey;
        this.what = what;
        this.why = why;
        this.receivedAt = receivedAt;
        this.receivedOn = receivedOn;
        this.rule = rule;
        this.dueOn = rule.view().dueOn(receivedOn);
    }

    void start() {
        if (status != RequestStatus.RECEIVED) {
            throw new InvalidValueException("privacy.error.notReceived");
        }
        status = RequestStatus.IN_PROGRESS;
    }

    void decide(RequestStatus to, String text, LocalDate on, String by) {
        if (!status.open()) {
            throw new InvalidValueException("privacy.error.alreadyDecided");
        }
        if (text == null || text.isBlank() || text.strip().length() > 2000) {
            throw new InvalidValueException(to == RequestStatus.REFUSED ? "privacy.error.reasonRequired"
                    : "privacy.error.changeRequired");
        }
        status = to;
        outcome = text.strip();
        decidedOn = on;
        decidedBy = by;
    }

    PrivacyRequestView view() {
        return new PrivacyRequestView(id, caseId, clientUsername, kind, sectionKey, what, why, status, receivedAt,
                receivedOn, dueOn, rule.view().source(), decidedOn, decidedBy, outcome, version);
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

    RequestKind kind() {
        return kind;
    }

    RequestStatus status() {
        return status;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    LocalDate decidedOn() {
        return decidedOn;
    }

    String ruleSource() {
        return rule.view().source();
    }
}
