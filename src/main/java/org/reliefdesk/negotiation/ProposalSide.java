package org.reliefdesk.negotiation;

/** Who put a proposal forward. */
public enum ProposalSide {
    CLIENT, LENDER;

    public ProposalSide other() {
        return this == CLIENT ? LENDER : CLIENT;
    }
}
