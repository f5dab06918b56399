package org.reliefdesk.calls;

/** Who rang whom, from the counsellor's side. */
public enum CallDirection {
    OUTGOING, INCOMING
}
