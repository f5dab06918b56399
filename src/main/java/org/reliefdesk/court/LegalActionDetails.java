package org.reliefdesk.court;

import java.time.LocalDate;

/**
 * A legal action as the counsellor enters it.
 *
 * @param debtId the debt of the case it is about
 * @param caseNumber the court's case number (案号), e.g. "(2026)京0105民初12345号"; may be empty when not yet known
 * @param servedOn the Beijing date the papers were served (送达日), not in the future
 * @param note the counsellor's note (internal: never shown to the client)
 */
public record LegalActionDetails(
        long debtId,
        LegalActionType type,
        String court,
        String caseNumber,
        LocalDate servedOn,
        String note) {
}
