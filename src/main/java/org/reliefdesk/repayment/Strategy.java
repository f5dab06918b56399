package org.reliefdesk.repayment;

/** How the money available for debts is spread over the creditors each month (decision 014). */
public enum Strategy {
    /** In proportion to each debt's balance, as debt management plans do. */
    PRO_RATA,
    /** Highest rate first, after any minimums. */
    AVALANCHE,
    /** Smallest balance first, after any minimums. */
    SNOWBALL
}
