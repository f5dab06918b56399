package org.reliefdesk.messaging;

/** Who wrote a message: the case's client or (for the staff side) their counsellor. */
public enum MessageSide {
    CLIENT, COUNSELLOR;

    public MessageSide other() {
        return this == CLIENT ? COUNSELLOR : CLIENT;
    }
}
