package org.reliefdesk.casefile;

/** Where a case stands. The moves between stages are in {@link StageRules}. */
public enum Stage {
    INTAKE,
    NEGOTIATION,
    AGREEMENT,
    REPAYMENT,
    CREDIT_REPAIR,
    CLOSED,
    WITHDRAWN;

    /** The path a case normally follows, for the progress bar; CLOSED and WITHDRAWN end it. */
    public int step() {
        return switch (this) {
            case INTAKE -> 1;
            case NEGOTIATION -> 2;
            case AGREEMENT -> 3;
            case REPAYMENT -> 4;
            case CREDIT_REPAIR -> 5;
            case CLOSED, WITHDRAWN -> 6;
        };
    }

    public boolean isFinished() {
        return this == CLOSED || this == WITHDRAWN;
    }
}
