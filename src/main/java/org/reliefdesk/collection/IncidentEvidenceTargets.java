package org.reliefdesk.collection;

import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.evidence.EvidenceTargetVerifier;
import org.springframework.stereotype.Component;

/** Lets evidence be linked to an incident only when it belongs to the same case. */
@Component
class IncidentEvidenceTargets implements EvidenceTargetVerifier {

    private final IncidentRepository repository;

    IncidentEvidenceTargets(IncidentRepository repository) {
        this.repository = repository;
    }

    @Override
    public EvidenceTarget.Kind kind() {
        return EvidenceTarget.Kind.INCIDENT;
    }

    @Override
    public boolean belongsTo(long caseId, long targetId) {
        return repository.existsByIdAndCaseId(targetId, caseId);
    }
}
