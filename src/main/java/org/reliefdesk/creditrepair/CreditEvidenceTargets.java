package org.reliefdesk.creditrepair;

import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.evidence.EvidenceTargetVerifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Lets evidence be linked to a credit check (the report file) or a dispute only of the same case. */
@Configuration(proxyBeanMethods = false)
class CreditEvidenceTargets {

    @Bean
    EvidenceTargetVerifier creditCheckEvidenceTarget(CreditCheckRepository checks) {
        return verifier(EvidenceTarget.Kind.CREDIT_CHECK, (caseId, id) -> checks.findByIdAndCaseId(id, caseId)
                .isPresent());
    }

    @Bean
    EvidenceTargetVerifier disputeEvidenceTarget(DisputeRepository disputes) {
        return verifier(EvidenceTarget.Kind.DISPUTE, (caseId, id) -> disputes.findByIdAndCaseId(id, caseId)
                .isPresent());
    }

    private interface Check {
        boolean belongs(long caseId, long targetId);
    }

    private static EvidenceTargetVerifier verifier(EvidenceTarget.Kind kind, Check check) {
        return new EvidenceTargetVerifier() {
            @Override
            public EvidenceTarget.Kind kind() {
                return kind;
            }

            @Override
            public boolean belongsTo(long caseId, long targetId) {
                return check.belongs(caseId, targetId);
            }
        };
    }
}
