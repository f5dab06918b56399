package org.reliefdesk.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One effective-dated row of the answer period; rows are only ever added. */
@Entity
@Table(name = "privacy_rule")
class PrivacyRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "answer_days", nullable = false, updatable = false)
    private int answerDays;

    @Column(name = "day_basis", nullable = false, updatable = false)
    private String dayBasis = "CALENDAR";

    @Column(nullable = false, updatable = false)
    private String source;

    @Column(nullable = false, updatable = false)
    private boolean verified;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PrivacyRule() {
    }

    PrivacyRule(LocalDate effectiveFrom, int answerDays, String source, boolean verified, String createdBy,
            Instant createdAt) {
        this.effectiveFrom = effectiveFrom;
        this.answerDays = answerDays;
        this.source = source;
        this.verified = verified;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    ResponseRule view() {
        return new ResponseRule(id, effectiveFrom, answerDays, source, verified);
    }

    Long id() {
        return id;
    }
}
