package org.reliefdesk.deadlines;

/** What a deadline is about; each kind has one source module. */
public enum DeadlineKind {
    /** Defence, objection to a payment order, appeal: days from service (module court). */
    COURT_RESPONSE,
    /** A complaint channel's answer is due (module complaint). */
    COMPLAINT_ANSWER,
    /** An agreement's pause of collection ends (module agreement). */
    COLLECTION_PAUSE_END,
    /** An instalment of a signed agreement is due (module agreement). */
    INSTALMENT,
    /** The credit bureau's answer to a dispute is due (module creditrepair). */
    DISPUTE_ANSWER,
    /** The next credit report check is due (module creditrepair). */
    CREDIT_CHECK,
    /** A document the counsellor asked the client for is due (module requests). */
    DOCUMENT_REQUEST,
    /** The next step agreed on a call is due (module calls). */
    CALL_NEXT_STEP,
    /** A client's personal-data request must be answered (module privacy). */
    PRIVACY_REQUEST;

    /** Kinds a client sees on their own case: what is asked of them or concerns them directly. */
    public boolean forClient() {
        return this == INSTALMENT || this == DOCUMENT_REQUEST || this == COURT_RESPONSE;
    }

    /**
     * A date to watch rather than a task: nobody marks it done, it is over once its day has
     * passed (never overdue, and not counted as met or missed).
     */
    public boolean endsByItself() {
        return this == COLLECTION_PAUSE_END;
    }
}
