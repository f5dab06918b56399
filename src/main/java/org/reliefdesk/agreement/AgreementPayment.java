package org.reliefdesk.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;

/** A payment under a signed agreement; never deleted, reversed with a reason. */
@Entity
@Table(name = "agreement_payment")
class AgreementPayment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "agreement_id", nullable = false, updatable = false)
    private long agreementId;
    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;
    @Column(name = "paid_on", nullable = false, updatable = false)
    private LocalDate paidOn;
    @Column(nullable = false, updatable = false)
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PaymentMethod method;
    @Column(updatable = false)
    private String note;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;
    @Column(name = "reversed_at")
    private Instant reversedAt;
    @Column(name = "reversed_by")
    private String reversedBy;
    @Column(name = "reversal_reason")
    private String reversalReason;
    @Version
    private long version;

    protected AgreementPayment() {
    }

    AgreementPayment(long agreementId, long caseId, PaymentDraft d, String by, Instant at) {
        this.agreementId = agreementId;
        this.caseId = caseId;
        this.paidOn = d.paidOn();
        this.amount = d.amount().amount();
        this.method = d.method();
        this.note = d.note() == null || d.note().isBlank() ? null : d.note().strip();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    void reverse(String reason, String by, Instant at) {
        if (reversedAt != null) {
            throw new InvalidValueException("agreement.error.alreadyReversed");
        }
        reversedAt = at;
        reversedBy = by;
        reversalReason = reason;
    }

    boolean reversed() {
        return reversedAt != null;
    }

    Allocation.Paid paid() {
        return new Allocation.Paid(id, paidOn, Money.of(amount));
    }

    Long id() {
        return id;
    }

    long agreementId() {
        return agreementId;
    }

    long version() {
        return version;
    }

    PaymentView view() {
        return new PaymentView(id, agreementId, paidOn, Money.of(amount), method, note, recordedBy, recordedAt,
                reversedAt, reversalReason, version);
    }
}
