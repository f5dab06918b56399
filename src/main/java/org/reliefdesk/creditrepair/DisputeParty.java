package org.reliefdesk.creditrepair;

/** With whom a dispute is filed (征信业管理条例 第25条 allows either). */
public enum DisputeParty {
    CREDIT_CENTRE,
    REPORTING_INSTITUTION
}
