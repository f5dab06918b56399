package org.reliefdesk.casefile;

/** How a consent, or its withdrawal, was given. */
public enum ConsentMethod {
    SIGNED_PAPER,
    ELECTRONIC_SIGNATURE,
    PORTAL,
    RECORDED_CALL,
    IN_PERSON
}
