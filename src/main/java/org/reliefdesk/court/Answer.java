package org.reliefdesk.court;

/** A counsellor's answer to a checklist question. */
public enum Answer {
    YES,
    NO,
    UNKNOWN
}
