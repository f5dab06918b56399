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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.reliefdesk.shared.Money;

/** A negative entry found in a credit report, with the expiry its settlement date gives. */
@Entity
@Table(name = "credit_entry")
class NegativeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "check_id", nullable = false)
    private long checkId;

    @Column(name = "debt_id")
    private Long debtId;

    @Column(name = "lender_name", nullable = false)
    private String lenderName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntryKind kind;

    private BigDecimal amount;

    @Column(name = "settled_on")
    private LocalDate settledOn;

    @Column(name = "rule_id")
    private Long ruleId;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected NegativeEntry() {
    }

    NegativeEntry(long caseId, long checkId, String by, Instant now) {
        this.caseId = caseId;
        this.checkId = checkId;
        this.createdBy = by;
        this.createdAt = now;
    }

    /** Sets what was found; {@code retention} is the rule in force on the settlement date (null when unsettled). */
    void set(NegativeEntryDraft draft, String lender, CreditRule retention, Instant now) {
        debtId = draft.debtId();
        lenderName = lender;
        kind = draft.kind();
        amount = draft.amount() == null ? null : draft.amount().amount();
        settledOn = draft.settledOn();
        ruleId = retention == null ? null : retention.id();
        expiresOn = retention == null ? null : retention.applyTo(settledOn);
        updatedAt = now;
    }

    NegativeEntryView view() {
        return new NegativeEntryView(id, checkId, debtId, lenderName, kind, amount == null ? null : Money.of(amount),
                settledOn, expiresOn, version);
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
}
