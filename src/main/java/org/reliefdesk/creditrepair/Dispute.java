package org.reliefdesk.creditrepair;

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
import org.reliefdesk.shared.InvalidValueException;

/** An objection (异议) to an entry of the credit report, answered by a due date. */
@Entity
@Table(name = "credit_dispute")
class Dispute {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "entry_id", updatable = false)
    private Long entryId;

    @Column(name = "filed_on", nullable = false, updatable = false)
    private LocalDate filedOn;

    @Column(nullable = false, updatable = false)
    private String disputed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DisputeParty party;

    @Column(updatable = false)
    private String institution;

    @Column(name = "rule_id", nullable = false, updatable = false)
    private long ruleId;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisputeStatus status;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "outcome_text")
    private String outcomeText;

    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Dispute() {
    }

    Dispute(long caseId, DisputeDraft draft, String institution, CreditRule answerRule, String by, Instant now) {
        this.caseId = caseId;
        this.entryId = draft.entryId();
        this.filedOn = draft.filedOn();
        this.disputed = draft.disputed().strip();
        this.party = draft.party();
        this.institution = institution;
        this.ruleId = answerRule.id();
        this.dueOn = answerRule.applyTo(filedOn);
        this.status = DisputeStatus.FILED;
        this.createdBy = by;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Moves along the table in {@link DisputeStatus}; {@code text} is the answer or the outcome. */
    void moveTo(DisputeStatus to, LocalDate on, String text, Instant now) {
        if (!status.canMoveTo(to)) {
            throw new InvalidValueException("creditrepair.error.disputeMove", status.name(), to.name());
        }
        if (to == DisputeStatus.ANSWERED) {
            answeredOn = on;
        } else {
            outcomeOn = on;
        }
        if (text != null) {
            outcomeText = text;
        }
        status = to;
        updatedAt = now;
    }

    DisputeView view(LocalDate today) {
        return new DisputeView(id, caseId, entryId, filedOn, disputed, party, institution, dueOn, status, answeredOn,
                outcomeText, outcomeOn, status.awaitingAnswer() && today.isAfter(dueOn), version);
    }

    long id() {
        return id;
    }

    long caseId() {
        return caseId;
    }

    long version() {
        return version;
    }

    DisputeStatus status() {
        return status;
    }

    LocalDate filedOn() {
        return filedOn;
    }

    String outcomeText() {
        return outcomeText;
    }
}
