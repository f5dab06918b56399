package org.reliefdesk.negotiation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a proposal stands, and the one table of moves between statuses
 * (decision 009). {@link #COUNTERED} is reached only by answering with a
 * counter-proposal, which is a new proposal in the thread.
 */
public enum ProposalStatus {
    DRAFT, SENT, COUNTERED, ACCEPTED, REJECTED, WITHDRAWN;

    /** The statuses a person may set by hand from this one. */
    public Set<ProposalStatus> next() {
        return switch (this) {
            // A deal agreed on the phone may be recorded straight from a draft.
            case DRAFT -> EnumSet.of(SENT, ACCEPTED, WITHDRAWN);
            case SENT -> EnumSet.of(ACCEPTED, REJECTED, WITHDRAWN);
            case COUNTERED, ACCEPTED, REJECTED, WITHDRAWN -> EnumSet.noneOf(ProposalStatus.class);
        };
    }

    public boolean canMoveTo(ProposalStatus to) {
        return next().contains(to);
    }

    /** Only a proposal the other side has in hand can be answered with a counter-proposal. */
    public boolean canBeCountered() {
        return this == SENT;
    }

    public boolean isFinal() {
        return next().isEmpty() && !canBeCountered();
    }
}
