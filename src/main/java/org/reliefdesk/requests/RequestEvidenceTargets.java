package org.reliefdesk.requests;

import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.evidence.EvidenceTargetVerifier;
import org.springframework.stereotype.Component;

/** Lets evidence (a client's upload included) be linked to a requested document only of the same case. */
@Component
class RequestEvidenceTargets implements EvidenceTargetVerifier {

    private final DocumentRequestRepository repository;

    RequestEvidenceTargets(DocumentRequestRepository repository) {
        this.repository = repository;
    }

    @Override
    public EvidenceTarget.Kind kind() {
        return EvidenceTarget.Kind.DOCUMENT_REQUEST;
    }

    @Override
    public boolean belongsTo(long caseId, long targetId) {
        return repository.findByIdAndCaseId(targetId, caseId).isPresent();
    }
}
