package org.reliefdesk.agreement;

public enum PaymentMethod {
    BANK_TRANSFER, ALIPAY, WECHAT_PAY, CASH, OTHER
}
