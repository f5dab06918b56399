package org.reliefdesk.court;

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

/** One version of a court deadline rule. Never updated: a change is a new row (decision 018). */
@Entity
@Table(name = "court_deadline_rule")
class DeadlineRuleRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_type", nullable = false, updatable = false)
    private LegalActionType type;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "response_days", updatable = false)
    private Integer responseDays;

    @Column(name = "response_zh", nullable = false, updatable = false)
    private String responseZh;

    @Column(name = "response_en", nullable = false, updatable = false)
    private String responseEn;

    @Column(name = "text_zh", nullable = false, updatable = false)
    private String textZh;

    @Column(name = "text_en", nullable = false, updatable = false)
    private String textEn;

    @Column(nullable = false, updatable = false)
    private String source;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected DeadlineRuleRow() {
    }

    DeadlineRuleRow(CourtDeadlineRuleDraft d, String createdBy, Instant createdAt) {
        type = d.type();
        effectiveFrom = d.effectiveFrom();
        responseDays = d.responseDays();
        responseZh = d.responseZh();
        responseEn = d.responseEn();
        textZh = d.textZh();
        textEn = d.textEn();
        source = d.source();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    CourtDeadlineRule rule() {
        return new CourtDeadlineRule(id, type, effectiveFrom, responseDays, responseZh, responseEn, textZh, textEn,
                source, createdBy, createdAt);
    }
}
