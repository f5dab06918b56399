package org.reliefdesk.security;

/**
 * Something security-relevant happened: a login, or a change to an account.
 * Published inside the transaction that made the change, so the audit trail
 * records it in the same transaction.
 *
 * @param action a stable code such as {@code LOGIN_FAILED} or {@code ACCOUNT_DISABLED}
 * @param actor who did it (a username, or the name tried at a failed login)
 * @param remoteAddress the client address, when there was a request
 * @param targetUsername the account acted upon, if any
 * @param summary a readable English sentence for the audit log
 */
public record SecurityEvent(
        String action,
        String actor,
        String remoteAddress,
        String targetUsername,
        String summary) {

    public static final String LOGIN_SUCCEEDED = "LOGIN_SUCCEEDED";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOGIN_THROTTLED = "LOGIN_THROTTLED";
    public static final String ACCOUNT_CREATED = "ACCOUNT_CREATED";
    public static final String ACCOUNT_DISABLED = "ACCOUNT_DISABLED";
    public static final String ACCOUNT_ENABLED = "ACCOUNT_ENABLED";
    public static final String ROLE_CHANGED = "ROLE_CHANGED";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
}
