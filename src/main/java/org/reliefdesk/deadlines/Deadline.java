package org.reliefdesk.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One deadline as its source module sees it now.
 *
 * @param kind what it is about
 * @param caseId the case it belongs to
 * @param reference stable within its kind and case, e.g. the complaint's id or "agreementId/instalmentNo";
 *                  the engine keys a deadline by (kind, caseId, reference)
 * @param dueOn the last Beijing (Asia/Shanghai) date on which doing it is on time
 * @param doneOn the Beijing date it was done (met or late), or {@code null} while it is still to do
 * @param titleKey i18n key of a short line naming it in the reader's language, e.g. "答辩期届满 · 某银行"
 * @param titleParams the line's parameters (strings, numbers, dates; nothing personal beyond a lender's name)
 * @param tabKey the staff case page tab that opens it ({@code CaseTab#titleKey()}), or {@code null}
 * @param urgent shown as urgent (court papers always are)
 * @param rule where the period comes from, e.g. "民事诉讼法 第268条, 15 days from service" (may be {@code null})
 */
public record Deadline(
        DeadlineKind kind,
        long caseId,
        String reference,
        LocalDate dueOn,
        LocalDate doneOn,
        String titleKey,
        List<Object> titleParams,
        String tabKey,
        boolean urgent,
        String rule) {

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(titleKey, "titleKey");
        titleParams = List.copyOf(titleParams);
    }
}
