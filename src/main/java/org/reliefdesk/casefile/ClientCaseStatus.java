package org.reliefdesk.casefile;

import java.time.Instant;

/** What a client sees of their own case: where it stands and who helps them. */
public record ClientCaseStatus(long id, Stage stage, String counsellorName, Instant lastActivityAt) {
}
