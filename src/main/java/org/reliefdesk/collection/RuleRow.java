package org.reliefdesk.collection;

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
import java.time.LocalTime;

/** One version of a conduct rule. Never updated: a change is a new row (decision 010). */
@Entity
@Table(name = "collection_rule")
class RuleRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false, updatable = false)
    private boolean retired;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RuleKind kind;

    @Column(name = "window_start", updatable = false)
    private LocalTime windowStart;

    @Column(name = "window_end", updatable = false)
    private LocalTime windowEnd;

    @Column(name = "max_per_day", updatable = false)
    private Integer maxPerDay;

    @Column(updatable = false)
    private String reached;

    @Column(updatable = false)
    private String categories;

    @Column(name = "title_zh", nullable = false, updatable = false)
    private String titleZh;

    @Column(name = "title_en", nullable = false, updatable = false)
    private String titleEn;

    @Column(name = "summary_zh", nullable = false, updatable = false)
    private String summaryZh;

    @Column(name = "summary_en", nullable = false, updatable = false)
    private String summaryEn;

    @Column(nullable = false, updatable = false)
    private String source;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected RuleRow() {
    }

    RuleRow(RuleDraft d, String createdBy, Instant createdAt) {
        code = d.code();
        effectiveFrom = d.effectiveFrom();
        retired = d.retired();
        kind = d.kind();
        windowStart = d.windowStart();
        windowEnd = d.windowEnd();
        maxPerDay = d.maxPerDay();
        reached = d.reached() == null || d.reached().isEmpty() ? null : EnumSets.join(d.reached());
        categories = d.categories() == null || d.categories().isEmpty() ? null : EnumSets.join(d.categories());
        titleZh = d.titleZh();
        titleEn = d.titleEn();
        summaryZh = d.summaryZh();
        summaryEn = d.summaryEn();
        source = d.source();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    ConductRule rule() {
        return new ConductRule(id, code, effectiveFrom, retired, kind, windowStart, windowEnd, maxPerDay,
                EnumSets.split(reached, Reached.class), EnumSets.split(categories, IncidentCategory.class), titleZh,
                titleEn, summaryZh, summaryEn, source, createdBy, createdAt);
    }
}
