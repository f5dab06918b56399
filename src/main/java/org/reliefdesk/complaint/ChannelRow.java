package org.reliefdesk.complaint;

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
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.reliefdesk.casefile.LenderType;

/** One version of a channel; never updated (a change is a new row with a later effective date). */
@Entity
@Table(name = "complaint_channel")
class ChannelRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ChannelCode code;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "name_zh", nullable = false, updatable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false, updatable = false)
    private String nameEn;

    @Column(name = "handles_zh", nullable = false, updatable = false)
    private String handlesZh;

    @Column(name = "handles_en", nullable = false, updatable = false)
    private String handlesEn;

    @Column(name = "lender_types", nullable = false, updatable = false)
    private String lenderTypes;

    @Column(nullable = false, updatable = false)
    private String grievances;

    @Column(name = "answer_days", updatable = false)
    private Integer answerDays;

    @Column(name = "extendable_to_days", updatable = false)
    private Integer extendableToDays;

    @Column(name = "max_days", updatable = false)
    private Integer maxDays;

    @Column(name = "rule_source", nullable = false, updatable = false)
    private String ruleSource;

    @Column(name = "follow_up_zh", updatable = false)
    private String followUpZh;

    @Column(name = "follow_up_en", updatable = false)
    private String followUpEn;

    @Column(name = "letter_full_id", nullable = false, updatable = false)
    private boolean letterFullId;

    @Column(name = "letter_full_phone", nullable = false, updatable = false)
    private boolean letterFullPhone;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ChannelRow() {
    }

    ChannelRow(ChannelDefinition d, String createdBy, Instant now) {
        code = d.code();
        effectiveFrom = d.effectiveFrom();
        nameZh = d.nameZh().strip();
        nameEn = d.nameEn().strip();
        handlesZh = d.handlesZh().strip();
        handlesEn = d.handlesEn().strip();
        lenderTypes = join(d.lenderTypes());
        grievances = join(d.grievances());
        answerDays = d.answerDays();
        extendableToDays = d.extendableToDays();
        maxDays = d.maxDays();
        ruleSource = d.ruleSource().strip();
        followUpZh = d.followUpZh();
        followUpEn = d.followUpEn();
        letterFullId = d.fullIdInLetter();
        letterFullPhone = d.fullPhoneInLetter();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    ComplaintChannel channel() {
        return new ComplaintChannel(id, code, effectiveFrom, nameZh, nameEn, handlesZh, handlesEn,
                split(lenderTypes, LenderType.class), split(grievances, Grievance.class),
                answerDays == null ? null : new AnswerRule(answerDays, extendableToDays, maxDays, ruleSource),
                ruleSource, followUpZh, followUpEn, letterFullId, letterFullPhone);
    }

    private static String join(Collection<? extends Enum<?>> values) {
        return values == null ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> split(String text, Class<E> type) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> Enum.valueOf(type, s)).collect(Collectors.toSet());
    }
}
