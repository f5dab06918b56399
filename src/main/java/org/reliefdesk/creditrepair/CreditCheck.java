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

/** One look at the client's credit report. */
@Entity
@Table(name = "credit_check")
class CreditCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CheckSource source;

    private String findings;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CreditCheck() {
    }

    CreditCheck(long caseId, CreditCheckDraft draft, String by, Instant now) {
        this.caseId = caseId;
        this.createdBy = by;
        this.createdAt = now;
        correct(draft, now);
    }

    void correct(CreditCheckDraft draft, Instant now) {
        checkedOn = draft.checkedOn();
        source = draft.source();
        findings = draft.findings() == null || draft.findings().isBlank() ? null : draft.findings().strip();
        updatedAt = now;
    }

    CreditCheckView view() {
        return new CreditCheckView(id, caseId, checkedOn, source, findings, version);
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
