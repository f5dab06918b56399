package org.reliefdesk.negotiation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A proposal in a debt's thread, with the plan it implies: for a draft on the
 * debt's current balance, once sent or accepted the plan stored at that time
 * ({@code payment().balance()} is the balance it was worked out from).
 *
 * @param answersId the proposal this one counters, or null when it opens a line of talks
 * @param planStored whether {@code payment} is the plan stored when it was sent or accepted (false: worked
 *        out on the debt's balance now)
 */
public record ProposalView(
        long id,
        long caseId,
        long debtId,
        Long answersId,
        ProposalSide side,
        LocalDate proposedOn,
        ProposalTerms terms,
        ProposalStatus status,
        String lenderAnswer,
        Set<Long> callIds,
        String createdBy,
        Instant createdAt,
        long version,
        PlanPayment payment,
        boolean planStored) {
}
