package org.reliefdesk.evidence;

import java.util.Objects;

/**
 * Something on a case that evidence can be linked to, named by kind and id, so
 * modules built later (calls, proposals, complaints, agreements) need no table of
 * their own: they pass their own ids. Every item also belongs to its case as a whole.
 */
public record EvidenceTarget(Kind kind, long id) {

    public enum Kind {
        DEBT,
        CALL,
        PROPOSAL,
        COMPLAINT,
        AGREEMENT,
        INCIDENT,
        PAYMENT,
        CREDIT_CHECK,
        DISPUTE,
        DOCUMENT_REQUEST,
        LEGAL_ACTION
    }

    public EvidenceTarget {
        Objects.requireNonNull(kind, "kind");
    }

    public static EvidenceTarget debt(long debtId) {
        return new EvidenceTarget(Kind.DEBT, debtId);
    }

    public static EvidenceTarget call(long callId) {
        return new EvidenceTarget(Kind.CALL, callId);
    }

    public static EvidenceTarget proposal(long proposalId) {
        return new EvidenceTarget(Kind.PROPOSAL, proposalId);
    }

    public static EvidenceTarget complaint(long complaintId) {
        return new EvidenceTarget(Kind.COMPLAINT, complaintId);
    }

    public static EvidenceTarget agreement(long agreementId) {
        return new EvidenceTarget(Kind.AGREEMENT, agreementId);
    }

    public static EvidenceTarget incident(long incidentId) {
        return new EvidenceTarget(Kind.INCIDENT, incidentId);
    }

    public static EvidenceTarget payment(long paymentId) {
        return new EvidenceTarget(Kind.PAYMENT, paymentId);
    }

    public static EvidenceTarget creditCheck(long checkId) {
        return new EvidenceTarget(Kind.CREDIT_CHECK, checkId);
    }

    public static EvidenceTarget dispute(long disputeId) {
        return new EvidenceTarget(Kind.DISPUTE, disputeId);
    }

    public static EvidenceTarget documentRequest(long requestId) {
        return new EvidenceTarget(Kind.DOCUMENT_REQUEST, requestId);
    }

    public static EvidenceTarget legalAction(long actionId) {
        return new EvidenceTarget(Kind.LEGAL_ACTION, actionId);
    }
}
