package org.reliefdesk.casefile;

/** Who lent the money; it decides which caps and complaint channels apply. */
public enum LenderType {
    BANK,
    CONSUMER_FINANCE,
    MICROLOAN,
    ONLINE_PLATFORM,
    OTHER_LICENSED,
    UNLICENSED_OR_UNKNOWN
}
