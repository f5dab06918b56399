package org.reliefdesk.collection;

/** How a collector made contact. Whom it reached is recorded apart ({@link Reached}). */
public enum IncidentChannel {
    CALL, SMS, APP_MESSAGE, VISIT, LETTER
}
