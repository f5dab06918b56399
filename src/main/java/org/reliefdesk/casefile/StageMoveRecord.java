package org.reliefdesk.casefile;

import java.time.Instant;

/** A stage move as the case history shows it. */
public record StageMoveRecord(Stage from, Stage to, String movedBy, Instant movedAt, String reason) {
}
