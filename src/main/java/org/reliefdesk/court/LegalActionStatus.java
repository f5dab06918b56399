package org.reliefdesk.court;

/** Nothing is deleted: an action entered by mistake is withdrawn, one that is over is closed, each with a reason. */
public enum LegalActionStatus {
    OPEN,
    WITHDRAWN,
    CLOSED
}
