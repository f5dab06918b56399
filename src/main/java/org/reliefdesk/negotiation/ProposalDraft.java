package org.reliefdesk.negotiation;

import java.time.LocalDate;
import java.util.Set;

/**
 * A proposal as entered: who put it forward, when, its terms and the calls
 * (of the same case) where it was discussed.
 */
public record ProposalDraft(ProposalSide side, LocalDate proposedOn, ProposalTerms terms, Set<Long> callIds) {

    public ProposalDraft {
        callIds = callIds == null ? Set.of() : Set.copyOf(callIds);
    }
}
