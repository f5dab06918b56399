package org.reliefdesk.creditrepair;

/** What a negative entry in a credit report records. */
public enum EntryKind {
    OVERDUE,
    BAD_DEBT,
    COMPENSATORY_PAYMENT,
    GUARANTOR,
    COURT_ENFORCEMENT,
    OTHER
}
