package org.reliefdesk.complaint;

/** Where a complaint can be filed. What each handles and its deadline are data ({@link ComplaintChannel}). */
public enum ChannelCode {
    /** The lender's own complaint line. */
    LENDER,
    NFRA_12378,
    PBOC_12363,
    MIIT_12321,
    NIFA,
    LOCAL_FINANCIAL_REGULATOR,
    SAMR_12315,
    POLICE_110,
    COURT
}
