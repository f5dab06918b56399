package org.reliefdesk.complaint;

import java.util.Set;

/**
 * A complaint as the counsellor drafts it.
 *
 * @param lenderDebtId a debt of the case whose lender is the respondent; null when an agency is
 * @param agencyName the agency complained about, when the respondent is not a lender of the case
 * @param debtId the debt concerned, or null
 * @param grievances what it is about besides the gathered incidents' own grievances
 * @param incidentIds the case's collection incidents it gathers
 * @param ask what the client asks for
 */
public record ComplaintDraft(
        Long lenderDebtId,
        String agencyName,
        Long debtId,
        Set<Grievance> grievances,
        Set<Long> incidentIds,
        String ask,
        ChannelCode channel) {

    public ComplaintDraft {
        grievances = grievances == null ? Set.of() : Set.copyOf(grievances);
        incidentIds = incidentIds == null ? Set.of() : Set.copyOf(incidentIds);
    }
}
