package org.reliefdesk.complaint;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a complaint stands. The one transition table (decision 011): a draft is filed;
 * a filed complaint is acknowledged, answered, escalated (no answer in time) or closed
 * (withdrawn); an answer is accepted (closed) or escalated; an escalation is closed.
 */
public enum ComplaintStatus {
    DRAFT,
    FILED,
    ACKNOWLEDGED,
    ANSWERED,
    ESCALATED,
    CLOSED;

    public Set<ComplaintStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(FILED);
            case FILED -> EnumSet.of(ACKNOWLEDGED, ANSWERED, ESCALATED, CLOSED);
            case ACKNOWLEDGED -> EnumSet.of(ANSWERED, ESCALATED, CLOSED);
            case ANSWERED -> EnumSet.of(ESCALATED, CLOSED);
            case ESCALATED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(ComplaintStatus.class);
        };
    }

    public boolean canMoveTo(ComplaintStatus to) {
        return next().contains(to);
    }

    /** Whether an answer is still awaited, so its due date can pass. */
    public boolean awaitingAnswer() {
        return this == FILED || this == ACKNOWLEDGED;
    }
}
