package org.reliefdesk.shared;

/** Someone else saved the same record first; the user must reload before saving. */
public class ConcurrentChangeException extends UserFacingException {

    public ConcurrentChangeException() {
        super("error.concurrentChange");
    }
}
