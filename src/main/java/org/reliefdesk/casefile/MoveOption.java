package org.reliefdesk.casefile;

import java.util.List;

/** A move the table allows from the current stage, and what blocks it now, if anything. */
public record MoveOption(Stage to, StageRules.Kind kind, List<Blocker> blockers) {

    public boolean possible() {
        return blockers.isEmpty();
    }

    public boolean needsReason() {
        return kind.needsReason();
    }
}
