package org.reliefdesk.complaint;

import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.evidence.EvidenceTargetVerifier;
import org.springframework.stereotype.Component;

/** Lets evidence (e.g. the channel's answer) be linked to a complaint only of the same case. */
@Component
class ComplaintEvidenceTargets implements EvidenceTargetVerifier {

    private final ComplaintRepository repository;

    ComplaintEvidenceTargets(ComplaintRepository repository) {
        this.repository = repository;
    }

    @Override
    public EvidenceTarget.Kind kind() {
        return EvidenceTarget.Kind.COMPLAINT;
    }

    @Override
    public boolean belongsTo(long caseId, long targetId) {
        return repository.findByIdAndCaseId(targetId, caseId).isPresent();
    }
}
