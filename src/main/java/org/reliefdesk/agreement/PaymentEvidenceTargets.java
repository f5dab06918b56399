package org.reliefdesk.agreement;

import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.evidence.EvidenceTargetVerifier;
import org.springframework.stereotype.Component;

/** Lets proof of payment be linked to a payment only when it belongs to the same case. */
@Component
class PaymentEvidenceTargets implements EvidenceTargetVerifier {

    private final AgreementPaymentRepository payments;

    PaymentEvidenceTargets(AgreementPaymentRepository payments) {
        this.payments = payments;
    }

    @Override
    public EvidenceTarget.Kind kind() {
        return EvidenceTarget.Kind.PAYMENT;
    }

    @Override
    public boolean belongsTo(long caseId, long targetId) {
        return payments.findByIdAndCaseId(targetId, caseId).isPresent();
    }
}
