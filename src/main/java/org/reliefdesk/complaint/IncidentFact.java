package org.reliefdesk.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One collection incident as a complaint sees it: enough to list it, to tell it in a
 * letter (in either language, through the i18n keys) and to bundle its evidence.
 *
 * @param id the incident's id
 * @param caseId the case it belongs to
 * @param debtId the debt it concerns, or null when not known
 * @param occurredAt when it happened
 * @param collectorAgency true when an agency acted (not the lender itself)
 * @param collectorName the lender or agency as recorded
 * @param collectorNumber the number or account it came from, or null
 * @param channelKey the i18n key of the channel (call, SMS, visit, ...)
 * @param reachedKey the i18n key of whom it reached (the client, an employer, ...)
 * @param categoryKeys the i18n keys of what happened, in a stable order
 * @param description the counsellor's account of it; may be empty
 * @param grievances what a complaint about it is about
 * @param rules the conduct rules it breaks, with their sources
 * @param evidenceIds the evidence linked to it (recordings, screenshots)
 */
public record IncidentFact(
        long id,
        long caseId,
        Long debtId,
        Instant occurredAt,
        boolean collectorAgency,
        String collectorName,
        String collectorNumber,
        String channelKey,
        String reachedKey,
        List<String> categoryKeys,
        String description,
        Set<Grievance> grievances,
        List<BrokenRule> rules,
        List<Long> evidenceIds) {

    public IncidentFact {
        categoryKeys = List.copyOf(categoryKeys);
        grievances = Set.copyOf(grievances);
        rules = List.copyOf(rules);
        evidenceIds = List.copyOf(evidenceIds);
    }
}
