package org.reliefdesk.agreement;

import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.evidence.EvidenceTargetVerifier;
import org.springframework.stereotype.Component;

/** Lets evidence (the signed copy) be linked to an agreement only when it belongs to the same case. */
@Component
class AgreementEvidenceTargets implements EvidenceTargetVerifier {

    private final AgreementRepository agreements;

    AgreementEvidenceTargets(AgreementRepository agreements) {
        this.agreements = agreements;
    }

    @Override
    public EvidenceTarget.Kind kind() {
        return EvidenceTarget.Kind.AGREEMENT;
    }

    @Override
    public boolean belongsTo(long caseId, long targetId) {
        return agreements.findByIdAndCaseId(targetId, caseId).isPresent();
    }
}
