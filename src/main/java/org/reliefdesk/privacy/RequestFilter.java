package org.reliefdesk.privacy;

/** Which requests the administrator's list shows. */
public enum RequestFilter {
    ALL,
    OPEN,
    /** Open and past their due date (Beijing date). */
    OVERDUE
}
