package org.reliefdesk.calls;

import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.evidence.EvidenceTargetVerifier;
import org.springframework.stereotype.Component;

/** Lets evidence be linked to a call only when it belongs to the same case. */
@Component
class CallEvidenceTargets implements EvidenceTargetVerifier {

    private final CallRepository repository;

    CallEvidenceTargets(CallRepository repository) {
        this.repository = repository;
    }

    @Override
    public EvidenceTarget.Kind kind() {
        return EvidenceTarget.Kind.CALL;
    }

    @Override
    public boolean belongsTo(long caseId, long targetId) {
        return repository.findByIdAndCaseId(targetId, caseId).isPresent();
    }
}
