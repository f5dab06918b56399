package org.reliefdesk.collection;

import java.util.Collection;
import java.util.List;
import org.reliefdesk.complaint.BrokenRule;
import org.reliefdesk.complaint.IncidentFact;
import org.reliefdesk.complaint.IncidentSource;
import org.reliefdesk.evidence.EvidenceItem;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceTarget;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The incident log as complaints see it: facts with their rules, grievances and evidence. */
@Component
@Transactional(readOnly = true)
class CollectionIncidentSource implements IncidentSource {

    private final IncidentService incidents;
    private final EvidenceService evidence;

    CollectionIncidentSource(IncidentService incidents, EvidenceService evidence) {
        this.incidents = incidents;
        this.evidence = evidence;
    }

    @Override
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public List<IncidentFact> incidentsOf(long caseId) {
        return incidents.allIncidents(caseId).stream().map(this::fact).toList();
    }

    @Override
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public List<IncidentFact> incidents(long caseId, Collection<Long> incidentIds) {
        return incidents.incidents(caseId, incidentIds).stream().map(this::fact).toList();
    }

    private IncidentFact fact(IncidentView v) {
        IncidentDetails d = v.details();
        return new IncidentFact(v.id(), v.caseId(), d.debtId(), d.at(), d.agency(), d.collectorName(),
                d.collectorNumber(), "collection.channel." + d.channel(), "collection.reached." + d.reached(),
                d.categories().stream().sorted().map(c -> "collection.category." + c).toList(),
                d.description() == null ? "" : d.description(), Grievances.of(d, v.flags()),
                v.flags().stream().map(r -> new BrokenRule(r.code(), r.titleZh(), r.titleEn(), r.summaryZh(),
                        r.summaryEn(), r.source())).toList(),
                evidence.linkedTo(v.caseId(), EvidenceTarget.incident(v.id())).stream().map(EvidenceItem::id)
                        .toList());
    }
}
