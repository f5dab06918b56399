package org.reliefdesk.evidence;

/**
 * Lets the module that owns a kind of target (calls, proposals, ...) confirm that an
 * id belongs to a case before evidence is linked to it. Debts are checked here,
 * through the case; for a kind without a verifier bean the calling module is trusted
 * to have checked (it passed its own id).
 */
public interface EvidenceTargetVerifier {

    EvidenceTarget.Kind kind();

    boolean belongsTo(long caseId, long targetId);
}
