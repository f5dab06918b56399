package org.reliefdesk.court;

/** What the court served on the client (民事起诉状, 支付令, 判决书, 执行). */
public enum LegalActionType {
    /** A civil complaint (民事起诉状): the client may file a defence (答辩). */
    CIVIL_COMPLAINT,
    /** A payment order (支付令): the client may object (异议). */
    PAYMENT_ORDER,
    /** A first-instance judgment (判决书): the client may appeal (上诉). */
    JUDGMENT,
    /** Enforcement (执行): no response deadline. */
    ENFORCEMENT
}
