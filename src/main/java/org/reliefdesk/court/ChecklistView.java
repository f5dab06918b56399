package org.reliefdesk.court;

import java.time.LocalDate;
import org.reliefdesk.casefile.LenderType;

/**
 * The checklist of a legal action with what the portal already knows.
 *
 * @param lenderType the debt's lender type as entered on the case
 * @param suggestedLimitationFrom the debt's overdue date, to prefill the limitation start
 * @param limitationExpiry the last day of the limitation period, or null without a start date
 */
public record ChecklistView(
        LegalActionView action,
        LenderType lenderType,
        RateCheck rate,
        LocalDate suggestedLimitationFrom,
        LocalDate limitationExpiry) {
}
