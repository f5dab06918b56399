package org.reliefdesk.evidence;

/** What a piece of evidence is; {@link #clientMayUpload()} says which a client may file themselves. */
public enum EvidenceCategory {
    CONTRACT,
    PAYMENT_RECORD,
    HARDSHIP_PROOF,
    CALL_RECORDING,
    MESSAGE_SCREENSHOT,
    COURT_PAPER,
    AGREEMENT,
    CREDIT_REPORT,
    OTHER;

    /** A signed agreement comes out of the negotiation, so only staff file it; clients may file everything else they hold. */
    public boolean clientMayUpload() {
        return this != AGREEMENT;
    }
}
