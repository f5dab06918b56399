package org.reliefdesk.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.reliefdesk.casefile.LenderType;

/**
 * A complaint as staff see it.
 *
 * @param respondentLenderType the respondent lender's type; null for an agency
 * @param grievances the grievances set on the complaint (the gathered incidents add theirs)
 * @param channelRuleId the channel version in force on the filed date, whose deadline applies
 * @param dueOn the answer's due date (after any extension); null when the channel has no deadline
 * @param firstDueOn the due date before any extension
 * @param overdue whether an answer is still awaited and its due date has passed (Beijing today)
 */
public record ComplaintView(
        long id,
        long caseId,
        String respondentName,
        boolean agency,
        LenderType respondentLenderType,
        Long debtId,
        Set<Grievance> grievances,
        Set<Long> incidentIds,
        String ask,
        ChannelCode channel,
        ComplaintStatus status,
        LocalDate filedOn,
        FilingMethod method,
        String reference,
        Long channelRuleId,
        LocalDate dueOn,
        LocalDate firstDueOn,
        String extensionReason,
        LocalDate acknowledgedOn,
        LocalDate answeredOn,
        String answerText,
        LocalDate escalatedOn,
        LocalDate closedOn,
        List<ComplaintNote> notes,
        boolean overdue,
        long version) {
}
