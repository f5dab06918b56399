package org.reliefdesk.privacy;

/** received → in progress → done (with what was changed) or refused (with the reason the client sees). */
public enum RequestStatus {
    RECEIVED,
    IN_PROGRESS,
    DONE,
    REFUSED;

    public boolean open() {
        return this == RECEIVED || this == IN_PROGRESS;
    }
}
