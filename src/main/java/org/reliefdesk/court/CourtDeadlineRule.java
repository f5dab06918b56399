package org.reliefdesk.court;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One version of the response deadline of a type of legal action (decision 018). Never changed:
 * a change is a new row from a later date.
 *
 * @param responseDays calendar days counted from the day after service; null when there is no response deadline
 */
public record CourtDeadlineRule(
        long id,
        LegalActionType type,
        LocalDate effectiveFrom,
        Integer responseDays,
        String responseZh,
        String responseEn,
        String textZh,
        String textEn,
        String source,
        String createdBy,
        Instant createdAt) {

    public boolean hasDeadline() {
        return responseDays != null;
    }

    public String response(Locale locale) {
        return english(locale) ? responseEn : responseZh;
    }

    public String text(Locale locale) {
        return english(locale) ? textEn : textZh;
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
