package org.reliefdesk.creditrepair;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.reliefdesk.shared.Money;

/** What the case achieved, recorded before closing it from credit repair. */
@Entity
@Table(name = "credit_outcome")
class Outcome {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "debts_settled", nullable = false)
    private int debtsSettled;

    @Column(name = "amount_waived", nullable = false)
    private BigDecimal amountWaived;

    @Column(name = "months_taken", nullable = false)
    private int monthsTaken;

    @Column(nullable = false)
    private String summary;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Outcome() {
    }

    Outcome(long caseId, String by, Instant now) {
        this.caseId = caseId;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    void set(OutcomeDraft draft, Instant now) {
        debtsSettled = draft.debtsSettled();
        amountWaived = draft.amountWaived().amount();
        monthsTaken = draft.monthsTaken();
        summary = draft.summary().strip();
        updatedAt = now;
    }

    CreditOutcome view() {
        return new CreditOutcome(caseId, debtsSettled, Money.of(amountWaived), monthsTaken, summary, recordedBy,
                recordedAt, version == null ? 0 : version);
    }

    long version() {
        return version == null ? 0 : version;
    }
}
