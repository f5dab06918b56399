package org.reliefdesk.collection;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** A new version of a conduct rule (or a new rule) as an administrator enters it. */
public record RuleDraft(
        String code,
        LocalDate effectiveFrom,
        boolean retired,
        RuleKind kind,
        LocalTime windowStart,
        LocalTime windowEnd,
        Integer maxPerDay,
        Set<Reached> reached,
        Set<IncidentCategory> categories,
        String titleZh,
        String titleEn,
        String summaryZh,
        String summaryEn,
        String source) {
}
