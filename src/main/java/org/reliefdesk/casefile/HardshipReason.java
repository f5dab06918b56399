package org.reliefdesk.casefile;

/** Why the client can no longer repay. */
public enum HardshipReason {
    UNEMPLOYMENT,
    ILLNESS,
    BUSINESS_FAILURE,
    INCOME_DROP,
    FAMILY_EMERGENCY,
    OTHER
}
