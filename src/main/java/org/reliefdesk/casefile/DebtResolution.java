package org.reliefdesk.casefile;

/** Where a debt stands at the end: still open, settled (paid off or by agreement), or excluded from the plan. */
public enum DebtResolution {
    OPEN,
    /** Paid off or settled by agreement; its date starts the credit record's 5 years (征信业管理条例 第16条). */
    SETTLED,
    /** Left out of the plan for a stated reason (e.g. disputed as unlawful, in court, written off). */
    EXCLUDED
}
