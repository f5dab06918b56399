package org.reliefdesk.requests;

/** Where a requested document stands: open until the client's upload fulfils it or the counsellor cancels it. */
public enum RequestStatus {
    OPEN, FULFILLED, CANCELLED
}
