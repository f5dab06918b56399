package org.reliefdesk.court;

import java.time.LocalDate;

/**
 * The counsellor's answers on one legal action (internal: never shown to the client).
 * The rate against its cap is not an answer: it is read from module rates.
 *
 * @param limitationFrom the date the limitation period (诉讼时效) runs from: the last payment or the overdue date
 */
public record ChecklistAnswers(
        Answer licensed,
        String licensedNote,
        Answer unfairTerms,
        String unfairTermsNote,
        LocalDate limitationFrom) {

    public static final ChecklistAnswers NONE = new ChecklistAnswers(Answer.UNKNOWN, null, Answer.UNKNOWN, null, null);
}
