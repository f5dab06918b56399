package org.reliefdesk.agreement;

/** DRAFT → SIGNED → COMPLETED (all paid) or LAPSED (defaulted, decided by the counsellor). */
public enum AgreementStatus {
    DRAFT, SIGNED, COMPLETED, LAPSED;

    /** A live agreement blocks a second one on the same debt. */
    public boolean live() {
        return this == DRAFT || this == SIGNED;
    }
}
