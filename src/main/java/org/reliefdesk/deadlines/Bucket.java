package org.reliefdesk.deadlines;

/** The home page's lists of open deadlines, by Beijing date. */
public enum Bucket {
    /** Due today. */
    TODAY,
    /** Due before today and not done. */
    OVERDUE,
    /** Due in the seven days after today. */
    NEXT_7_DAYS
}
