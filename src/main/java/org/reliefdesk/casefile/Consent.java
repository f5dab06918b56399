package org.reliefdesk.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One consent as given; a withdrawal is recorded on it, never by deleting it. */
@Entity
@Table(name = "case_consent")
class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentKind kind;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentMethod method;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawal_method")
    private ConsentMethod withdrawalMethod;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    protected Consent() {
    }

    Consent(ConsentKind kind, LocalDate givenOn, ConsentMethod method, String recordedBy, Instant recordedAt) {
        this.kind = kind;
        this.givenOn = givenOn;
        this.method = method;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    boolean active() {
        return withdrawnOn == null;
    }

    void withdraw(LocalDate on, ConsentMethod how, String by) {
        withdrawnOn = on;
        withdrawalMethod = how;
        withdrawnBy = by;
    }

    ConsentRecord record() {
        return new ConsentRecord(id, kind, givenOn, method, recordedBy, withdrawnOn, withdrawalMethod, withdrawnBy);
    }

    ConsentKind kind() {
        return kind;
    }
}
