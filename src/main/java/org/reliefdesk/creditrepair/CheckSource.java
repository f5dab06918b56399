package org.reliefdesk.creditrepair;

/** Where a credit report came from. */
public enum CheckSource {
    /** The 个人信用报告 of the 中国人民银行征信中心 (online, at a counter or a self-service machine). */
    PBOC_REPORT,
    /** A copy shown in a bank's app (the same PBOC data, as the bank displays it). */
    BANK_APP,
    OTHER
}
