package org.reliefdesk.complaint;

import java.time.Instant;

/** An internal follow-up note: staff only, never shown to the client, never changed. */
public record ComplaintNote(Instant writtenAt, String author, String text) {
}
