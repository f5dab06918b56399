package org.reliefdesk.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One revision of a draft as it was saved; never changed afterwards. */
@Entity
@Table(name = "agreement_revision")
class AgreementRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "agreement_id", nullable = false, updatable = false)
    private long agreementId;
    @Column(nullable = false, updatable = false)
    private int revision;
    @Column(name = "registered_name", nullable = false, updatable = false)
    private String registeredName;
    @Column(name = "first_due", nullable = false, updatable = false)
    private LocalDate firstDue;
    @Column(name = "grace_days", nullable = false, updatable = false)
    private int graceDays;
    @Column(name = "lapse_after_missed", nullable = false, updatable = false)
    private int lapseAfterMissed;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AgreementRevision() {
    }

    AgreementRevision(long agreementId, int revision, String registeredName, LocalDate firstDue, int graceDays,
            int lapseAfterMissed, String createdBy, Instant createdAt) {
        this.agreementId = agreementId;
        this.revision = revision;
        this.registeredName = registeredName;
        this.firstDue = firstDue;
        this.graceDays = graceDays;
        this.lapseAfterMissed = lapseAfterMissed;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    int revision() {
        return revision;
    }

    String registeredName() {
        return registeredName;
    }

    LocalDate firstDue() {
        return firstDue;
    }

    int graceDays() {
        return graceDays;
    }

    int lapseAfterMissed() {
        return lapseAfterMissed;
    }
}
