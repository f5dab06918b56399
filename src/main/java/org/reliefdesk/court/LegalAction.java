package org.reliefdesk.court;

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

/**
 * Papers a court served on the client about one debt. Corrections change it in place (the audit
 * trail keeps each before and after); it is never deleted, only withdrawn or closed with a reason.
 */
@Entity
@Table(name = "legal_action")
class LegalAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "debt_id", nullable = false)
    private long debtId;

    /** The lender's name when last saved, so the deadline engine can name it without reading the case. */
    @Column(name = "lender_name", nullable = false)
    private String lenderName;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_type", nullable = false)
    private LegalActionType type;

    @Column(nullable = false)
    private String court;

    @Column(name = "court_case_number")
    private String caseNumber;

    @Column(name = "served_on", nullable = false)
    private LocalDate servedOn;

    private String note;

    @Column(name = "rule_id", nullable = false)
    private long ruleId;

    @Column(name = "response_filed_on")
    private LocalDate responseFiledOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LegalActionStatus status = LegalActionStatus.OPEN;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "status_reason")
    private String statusReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Answer licensed = Answer.UNKNOWN;

    @Column(name = "licensed_note")
    private String licensedNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "unfair_terms", nullable = false)
    private Answer unfairTerms = Answer.UNKNOWN;

    @Column(name = "unfair_terms_note")
    private String unfairTermsNote;

    @Column(name = "limitation_from")
    private LocalDate limitationFrom;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "corrected_at")
    private Instant correctedAt;

    @Version
    private long version;

    protected LegalAction() {
    }

    LegalAction(long caseId, LegalActionDetails details, String lenderName, long ruleId, String createdBy,
            Instant now) {
        this.caseId = caseId;
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(details, lenderName, ruleId);
    }

    void correct(LegalActionDetails details, String lenderName, long ruleId, Instant now) {
        apply(details, lenderName, ruleId);
        correctedAt = now;
    }

    void responseFiled(LocalDate on, Instant now) {
        responseFiledOn = on;
        correctedAt = now;
    }

    void answer(ChecklistAnswers answers, Instant now) {
        licensed = answers.licensed();
        licensedNote = answers.licensedNote();
        unfairTerms = answers.unfairTerms();
        unfairTermsNote = answers.unfairTermsNote();
        limitationFrom = answers.limitationFrom();
        correctedAt = now;
    }

    void end(LegalActionStatus to, String reason, Instant now, LocalDate today) {
        status = to;
        statusReason = reason;
        correctedAt = now;
        endedOn = today;
    }

    LocalDate endedOn() {
        return endedOn;
    }

    private void apply(LegalActionDetails d, String lender, long rule) {
        debtId = d.debtId();
        lenderName = lender;
        type = d.type();
        court = d.court();
        caseNumber = d.caseNumber();
        servedOn = d.servedOn();
        note = d.note();
        ruleId = rule;
    }

    LegalActionDetails details() {
        return new LegalActionDetails(debtId, type, court, caseNumber, servedOn, note);
    }

    ChecklistAnswers checklist() {
        return new ChecklistAnswers(licensed, licensedNote, unfairTerms, unfairTermsNote, limitationFrom);
    }

    Long id() {
        return id;
    }

    long caseId() {
        return caseId;
    }

    long debtId() {
        return debtId;
    }

    String lenderName() {
        return lenderName;
    }

    LegalActionType type() {
        return type;
    }

    String court() {
        return court;
    }

    String caseNumber() {
        return caseNumber;
    }

    LocalDate servedOn() {
        return servedOn;
    }

    long ruleId() {
        return ruleId;
    }

    LocalDate responseFiledOn() {
        return responseFiledOn;
    }

    LegalActionStatus status() {
        return status;
    }

    String statusReason() {
        return statusReason;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant correctedAt() {
        return correctedAt;
    }

    long version() {
        return version;
    }
}
