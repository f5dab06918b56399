package org.reliefdesk.rates;

/** How a loan is paid back; the common structures of Chinese consumer loans. */
public enum RepaymentMethod {
    /** 等额本息: the same amount every month. */
    EQUAL_INSTALMENT,
    /** 等额本金: the same principal every month plus interest on what is left. */
    EQUAL_PRINCIPAL,
    /** 先息后本: interest only every month, the principal with the last one. */
    INTEREST_FIRST,
    /** 到期一次性还本付息: everything at maturity, interest by the day (daily-rate products). */
    BULLET
}
