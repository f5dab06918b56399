package org.reliefdesk.court;

import java.time.LocalDate;

/** A new version of a type's response deadline as an administrator enters it; null days: no deadline. */
public record CourtDeadlineRuleDraft(
        LegalActionType type,
        LocalDate effectiveFrom,
        Integer responseDays,
        String responseZh,
        String responseEn,
        String textZh,
        String textEn,
        String source) {
}
