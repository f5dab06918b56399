package org.reliefdesk.creditrepair;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a dispute (异议) stands; the one transition table (decision 015). A filed dispute is
 * answered or withdrawn; an answer is recorded as upheld (the entry is corrected or deleted)
 * or rejected, or the client withdraws before that. UPHELD, REJECTED and WITHDRAWN end it.
 */
public enum DisputeStatus {
    FILED,
    ANSWERED,
    UPHELD,
    REJECTED,
    WITHDRAWN;

    public Set<DisputeStatus> next() {
        return switch (this) {
            case FILED -> EnumSet.of(ANSWERED, WITHDRAWN);
            case ANSWERED -> EnumSet.of(UPHELD, REJECTED, WITHDRAWN);
            case UPHELD, REJECTED, WITHDRAWN -> EnumSet.noneOf(DisputeStatus.class);
        };
    }

    public boolean canMoveTo(DisputeStatus to) {
        return next().contains(to);
    }

    /** Whether the answer is still awaited, so its due date can pass. */
    public boolean awaitingAnswer() {
        return this == FILED;
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
