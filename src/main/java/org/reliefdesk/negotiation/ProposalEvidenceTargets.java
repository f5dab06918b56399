package org.reliefdesk.negotiation;

import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.evidence.EvidenceTargetVerifier;
import org.springframework.stereotype.Component;

/** Lets evidence be linked to a proposal only when it belongs to the same case. */
@Component
class ProposalEvidenceTargets implements EvidenceTargetVerifier {

    private final ProposalRepository repository;

    ProposalEvidenceTargets(ProposalRepository repository) {
        this.repository = repository;
    }

    @Override
    public EvidenceTarget.Kind kind() {
        return EvidenceTarget.Kind.PROPOSAL;
    }

    @Override
    public boolean belongsTo(long caseId, long targetId) {
        return repository.findByIdAndCaseId(targetId, caseId).isPresent();
    }
}
