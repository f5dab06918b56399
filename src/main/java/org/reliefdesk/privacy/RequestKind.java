package org.reliefdesk.privacy;

/** What the client asks for: to correct their data (PIPL 第46条) or to delete it (第47条). */
public enum RequestKind {
    CORRECTION,
    DELETION
}
