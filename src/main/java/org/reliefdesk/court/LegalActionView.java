package org.reliefdesk.court;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.reliefdesk.casefile.LenderType;

/**
 * A legal action as staff see it, with the rule row it was counted from and its deadline.
 *
 * @param dueOn the last Beijing date of the response period, or null when the rule has none
 * @param responseFiledOn when the counsellor recorded that the response was filed, or null
 */
public record LegalActionView(
        long id,
        long caseId,
        long debtId,
        String lenderName,
        LenderType lenderType,
        LegalActionDetails details,
        CourtDeadlineRule rule,
        LocalDate dueOn,
        LocalDate responseFiledOn,
        LegalActionStatus status,
        String statusReason,
        ChecklistAnswers checklist,
        String createdBy,
        Instant createdAt,
        Instant correctedAt,
        long version) {

    /** A response is still to be filed: open, with a deadline, nothing filed yet. */
    public boolean awaitingResponse() {
        return status == LegalActionStatus.OPEN && dueOn != null && responseFiledOn == null;
    }

    /** Days from today to the last day (negative when overdue); only meaningful with a deadline. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }

    /** Awaiting a response and due within {@link CourtDeadlines#ALERT_DAYS} days, or overdue. */
    public boolean urgentOn(LocalDate today) {
        return awaitingResponse() && daysLeft(today) <= CourtDeadlines.ALERT_DAYS;
    }

    public boolean dueOnWeekend() {
        return dueOn != null && CourtDeadlines.onWeekend(dueOn);
    }
}
