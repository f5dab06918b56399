package org.reliefdesk.negotiation;

/** The kinds of terms a proposal can combine. */
public enum ProposalKind {
    EXTENSION, INSTALMENTS, WAIVE_PENALTY_INTEREST, WAIVE_LATE_FEES, DISCOUNT, PAUSE
}
