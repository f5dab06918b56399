package org.reliefdesk.court;

import java.time.LocalDate;

/**
 * A court paper as its client sees it: no notes, no checklist.
 *
 * @param response the response the client may file, in Chinese and English (from the rule row)
 * @param dueOn the last day to respond, or null when there is no response deadline
 */
public record ClientCourtPaper(
        long id,
        String lenderName,
        LegalActionType type,
        String court,
        String caseNumber,
        LocalDate servedOn,
        String responseZh,
        String responseEn,
        LocalDate dueOn,
        LocalDate responseFiledOn,
        LegalActionStatus status) {
}
