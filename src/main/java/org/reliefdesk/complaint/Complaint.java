package org.reliefdesk.complaint;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.shared.InvalidValueException;

/** One complaint against a lender or agency, filed to one channel. */
@Entity
@Table(name = "complaint")
class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "respondent_name", nullable = false)
    private String respondentName;

    @Column(name = "respondent_agency", nullable = false)
    private boolean respondentAgency;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_lender_type")
    private LenderType respondentLenderType;

    @Column(name = "debt_id")
    private Long debtId;

    @ElementCollection
    @CollectionTable(name = "complaint_grievance", joinColumns = @JoinColumn(name = "complaint_id"))
    @Column(name = "grievance")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 50)
    private Set<Grievance> grievances = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "complaint_incident", joinColumns = @JoinColumn(name = "complaint_id"))
    @Column(name = "incident_id")
    @BatchSize(size = 50)
    private Set<Long> incidentIds = new HashSet<>();

    private String ask;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel_code", nullable = false)
    private ChannelCode channelCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintStatus status;

    @Column(name = "filed_on")
    private LocalDate filedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "filing_method")
    private FilingMethod filingMethod;

    private String reference;

    @Column(name = "channel_rule_id")
    private Long channelRuleId;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "first_due_on")
    private LocalDate firstDueOn;

    @Column(name = "extension_reason")
    private String extensionReason;

    @Column(name = "acknowledged_on")
    private LocalDate acknowledgedOn;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "answer_text")
    private String answerText;

    @Column(name = "escalated_on")
    private LocalDate escalatedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @ElementCollection
    @CollectionTable(name = "complaint_note", joinColumns = @JoinColumn(name = "complaint_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<Note> notes = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @Embeddable
    static class Note {
        @Column(name = "written_at", nullable = false, updatable = false)
        private Instant writtenAt;
        @Column(nullable = false, updatable = false)
        private String author;
        @Column(nullable = false, updatable = false)
        private String text;

        protected Note() {
        }

        Note(Instant writtenAt, String author, String text) {
            this.writtenAt = writtenAt;
            this.author = author;
            this.text = text;
        }

        ComplaintNote record() {
            return new ComplaintNote(writtenAt, author, text);
        }
    }

    protected Complaint() {
    }

    Complaint(long caseId, Respondent respondent, ComplaintDraft draft, String createdBy, Instant now) {
        this.caseId = caseId;
        this.status = ComplaintStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        edit(respondent, draft, now);
    }

    /** Who is complained about, as checked against the case. */
    record Respondent(String name, boolean agency, LenderType lenderType) {
    }

    void edit(Respondent respondent, ComplaintDraft draft, Instant now) {
        if (status != ComplaintStatus.DRAFT) {
            throw new InvalidValueException("complaint.error.notDraft");
        }
        respondentName = respondent.name();
        respondentAgency = respondent.agency();
        respondentLenderType = respondent.lenderType();
        debtId = draft.debtId();
        grievances.clear();
        grievances.addAll(draft.grievances());
        incidentIds.clear();
        incidentIds.addAll(draft.incidentIds());
        ask = draft.ask() == null || draft.ask().isBlank() ? null : draft.ask().strip();
        channelCode = draft.channel();
        updatedAt = now;
    }

    void file(LocalDate on, FilingMethod method, String reference, ComplaintChannel rule, Instant now) {
        move(ComplaintStatus.FILED);
        filedOn = on;
        filingMethod = method;
        this.reference = reference;
        channelRuleId = rule.id();
        dueOn = rule.hasDeadline() ? rule.rule().dueOn(on) : null;
        firstDueOn = dueOn;
        updatedAt = now;
    }

    void acknowledge(LocalDate on, String newReference, Instant now) {
        move(ComplaintStatus.ACKNOWLEDGED);
        acknowledgedOn = on;
        if (newReference != null) {
            reference = newReference;
        }
        updatedAt = now;
    }

    void answer(LocalDate on, String text, Instant now) {
        move(ComplaintStatus.ANSWERED);
        answeredOn = on;
        answerText = text;
        updatedAt = now;
    }

    void escalate(LocalDate on, Instant now) {
        move(ComplaintStatus.ESCALATED);
        escalatedOn = on;
        updatedAt = now;
    }

    void close(LocalDate on, Instant now) {
        move(ComplaintStatus.CLOSED);
        closedOn = on;
        updatedAt = now;
    }

    void extend(LocalDate newDue, String reason, Instant now) {
        if (!status.awaitingAnswer()) {
            throw new InvalidValueException("complaint.error.extensionStatus");
        }
        dueOn = newDue;
        extensionReason = reason;
        updatedAt = now;
    }

    void addNote(String author, String text, Instant now) {
        notes.add(new Note(now, author, text));
        updatedAt = now;
    }

    private void move(ComplaintStatus to) {
        if (!status.canMoveTo(to)) {
            throw new InvalidValueException("complaint.error.transition", status.name(), to.name());
        }
        status = to;
    }

    ComplaintView view(LocalDate today) {
        return new ComplaintView(id, caseId, respondentName, respondentAgency, respondentLenderType, debtId,
                grievances.isEmpty() ? Set.of() : EnumSet.copyOf(grievances), Set.copyOf(incidentIds), ask,
                channelCode, status, filedOn, filingMethod, reference, channelRuleId, dueOn, firstDueOn,
                extensionReason, acknowledgedOn, answeredOn, answerText, escalatedOn, closedOn,
                notes.stream().map(Note::record).toList(), overdue(today), version);
    }

    boolean overdue(LocalDate today) {
        return status.awaitingAnswer() && dueOn != null && dueOn.isBefore(today);
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

    ComplaintStatus status() {
        return status;
    }

    LocalDate filedOn() {
        return filedOn;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    Long channelRuleId() {
        return channelRuleId;
    }

    String respondentName() {
        return respondentName;
    }

    ChannelCode channelCode() {
        return channelCode;
    }

    Set<Long> incidentIds() {
        return Set.copyOf(incidentIds);
    }

    Set<Grievance> grievances() {
        return Set.copyOf(grievances);
    }
}
