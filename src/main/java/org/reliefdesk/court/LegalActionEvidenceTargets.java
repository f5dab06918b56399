package org.reliefdesk.court;

import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.evidence.EvidenceTargetVerifier;
import org.springframework.stereotype.Component;

/** Lets court papers be linked to a legal action only when it belongs to the same case. */
@Component
class LegalActionEvidenceTargets implements EvidenceTargetVerifier {

    private final LegalActionRepository repository;

    LegalActionEvidenceTargets(LegalActionRepository repository) {
        this.repository = repository;
    }

    @Override
    public EvidenceTarget.Kind kind() {
        return EvidenceTarget.Kind.LEGAL_ACTION;
    }

    @Override
    public boolean belongsTo(long caseId, long targetId) {
        return repository.findByIdAndCaseId(targetId, caseId).isPresent();
    }
}
