package org.reliefdesk.deadlines;

import java.time.LocalDate;
import java.util.List;

/**
 * A deadline as a reader sees it: the source's facts, its state today, and where it opens.
 *
 * @param clientName the case's client, for staff lists ({@code null} for a client reading their own)
 * @param counsellor the case's counsellor's username
 * @param location where it opens on the staff case page ({@code CaseTab.location})
 */
public record DeadlineItem(
        DeadlineKind kind,
        long caseId,
        String reference,
        LocalDate dueOn,
        LocalDate doneOn,
        String titleKey,
        List<Object> titleParams,
        String tabKey,
        boolean urgent,
        String rule,
        String counsellor,
        String clientName,
        DeadlineState state,
        String location) {

    public DeadlineItem {
        titleParams = List.copyOf(titleParams);
    }

    /** The title's parameters as an array, for {@code getTranslation(titleKey, ...)}. */
    public Object[] titleArguments() {
        return titleParams.toArray();
    }
}
