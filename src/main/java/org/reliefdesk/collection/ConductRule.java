package org.reliefdesk.collection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;

/**
 * One version of a conduct rule, as stored: in force from {@code effectiveFrom} (a Beijing date)
 * until a later version of the same code, unless it is {@code retired}.
 *
 * @param windowStart for {@link RuleKind#NIGHT}: the start of the forbidden window (inclusive)
 * @param windowEnd for {@link RuleKind#NIGHT}: its end (exclusive)
 * @param maxPerDay for the frequency kinds: the most allowed in a Beijing day
 * @param reached for {@link RuleKind#THIRD_PARTY}: whom it protects
 * @param categories for {@link RuleKind#CATEGORY}: the categories that break it
 */
public record ConductRule(
        long id,
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
        String source,
        String createdBy,
        Instant createdAt) {

    public ConductRule {
        reached = reached == null ? Set.of() : Set.copyOf(reached);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }

    public String title(Locale locale) {
        return english(locale) ? titleEn : titleZh;
    }

    public String summary(Locale locale) {
        return english(locale) ? summaryEn : summaryZh;
    }

    /** The rule as a draft, to start a new version from. */
    public RuleDraft draft() {
        return new RuleDraft(code, effectiveFrom, retired, kind, windowStart, windowEnd, maxPerDay, reached,
                categories, titleZh, titleEn, summaryZh, summaryEn, source);
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
