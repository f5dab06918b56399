package org.reliefdesk.creditrepair;

/** The credit-repair rules kept as dated data (decision 015). */
public enum RuleCode {
    /** Years a negative record is kept from the day the default ends (征信业管理条例 第16条). */
    RETENTION_YEARS,
    /** Calendar days for the answer to an objection, counted from the day after filing (第25条). */
    DISPUTE_ANSWER_DAYS,
    /** Months between credit report checks: practice (two free reports a year), not law. */
    RECHECK_MONTHS
}
