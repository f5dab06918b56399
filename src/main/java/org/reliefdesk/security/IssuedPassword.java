package org.reliefdesk.security;

/**
 * A one-time password just set on an account. It is shown once to the
 * administrator and never stored in clear.
 */
public record IssuedPassword(AccountSummary account, String oneTimePassword) {

    @Override
    public String toString() {
        return "IssuedPassword[" + account.username() + "]";
    }
}
