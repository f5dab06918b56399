package org.reliefdesk.calls;

/** Who was on the other end of the line. */
public enum CallParty {
    LENDER_SERVICE, COLLECTOR, COLLECTION_AGENCY, COURT, LAWYER, CLIENT, OTHER
}
