package org.reliefdesk.complaint;

/** How a complaint was filed. */
public enum FilingMethod {
    PHONE,
    WEB,
    LETTER,
    IN_PERSON
}
