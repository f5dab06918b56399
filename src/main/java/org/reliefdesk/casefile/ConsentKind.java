package org.reliefdesk.casefile;

/**
 * PIPL 第28-29条: sensitive personal data (financial accounts, medical evidence)
 * needs a consent of its own, separate from consent to process personal data.
 */
public enum ConsentKind {
    PERSONAL_DATA,
    SENSITIVE_DATA
}
