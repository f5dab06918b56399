package org.reliefdesk.calls;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One logged call. Corrections change it in place; the audit trail keeps each before and after. */
@Entity
@Table(name = "call_log")
class Call {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "debt_id")
    private Long debtId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallDirection direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallParty party;

    @Column(name = "party_name")
    private String partyName;

    @Column(name = "party_number")
    private String partyNumber;

    @Column(name = "duration_seconds", nullable = false)
    private int durationSeconds;

    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallOutcome outcome;

    @Column(name = "next_step")
    private String nextStep;

    @Column(name = "next_step_due")
    private LocalDate nextStepDue;

    @Column(name = "next_step_done_on")
    private LocalDate nextStepDoneOn;

    @Column(name = "logged_by", nullable = false, updatable = false)
    private String loggedBy;

    @Column(name = "logged_at", nullable = false, updatable = false)
    private Instant loggedAt;

    @Column(name = "corrected_at")
    private Instant correctedAt;

    @Version
    private long version;

    protected Call() {
    }

    Call(long caseId, CallDetails details, String loggedBy, Instant now) {
        this.caseId = caseId;
        this.loggedBy = loggedBy;
        this.loggedAt = now;
        apply(details);
    }

    void correct(CallDetails details, Instant now) {
        boolean sameStep = Objects.equals(nextStep, details.nextStep())
                && Objects.equals(nextStepDue, details.nextStepDue());
        apply(details);
        correctedAt = now;
        if (!sameStep) {
            // Another step, or another day: the old one's "done" does not carry over.
            nextStepDoneOn = null;
        }
    }

    void nextStepDone(LocalDate on) {
        nextStepDoneOn = on;
    }

    boolean hasNextStep() {
        return nextStep != null && !nextStep.isBlank() && nextStepDue != null;
    }

    private void apply(CallDetails d) {
        debtId = d.debtId();
        occurredAt = d.at();
        direction = d.direction();
        party = d.party();
        partyName = d.partyName();
        partyNumber = d.partyNumber();
        durationSeconds = (int) d.duration().toSeconds();
        summary = d.summary();
        outcome = d.outcome();
        nextStep = d.nextStep();
        nextStepDue = d.nextStepDue();
    }

    CallDetails details() {
        return new CallDetails(debtId, occurredAt, direction, party, partyName, partyNumber,
                Duration.ofSeconds(durationSeconds), summary, outcome, nextStep, nextStepDue);
    }

    CallRecord record() {
        return new CallRecord(id, caseId, details(), loggedBy, loggedAt, correctedAt, version, nextStepDoneOn);
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
}
