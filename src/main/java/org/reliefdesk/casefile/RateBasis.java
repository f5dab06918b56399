package org.reliefdesk.casefile;

/** The period a nominal rate is quoted for: loan apps often quote daily or monthly rates. */
public enum RateBasis {
    ANNUAL,
    MONTHLY,
    DAILY
}
