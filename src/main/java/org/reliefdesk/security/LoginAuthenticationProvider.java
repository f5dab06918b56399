package org.reliefdesk.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username-and-password login with throttling and an audit entry for every
 * outcome. Wraps Spring's {@link DaoAuthenticationProvider}, which already hides
 * whether an unknown name or a wrong password caused a failure.
 */
class LoginAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AccountService accounts;
    private final SessionGuard sessionGuard;

    LoginAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle,
            AccountService accounts, SessionGuard sessionGuard) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.accounts = accounts;
        this.sessionGuard = sessionGuard;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String typed = Usernames.normalise(attempt.getName());
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (!throttle.allowsAttempt(typed, address)) {
            accounts.recordLoginFailure(typed, address, true);
            throw new LoginThrottledException();
        }
        Authentication result;
        try {
            result = passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    typed, attempt.getCredentials()));
        } catch (AuthenticationException failure) {
            throttle.recordFailure(typed, address);
            accounts.recordLoginFailure(typed, address, false);
            throw failure;
        }
        int epoch = accounts.recordLogin(result.getName(), address);
        sessionGuard.rememberForCurrentSession(epoch);
        UsernamePasswordAuthenticationToken authenticated = UsernamePasswordAuthenticationToken.authenticated(
                result.getPrincipal(), null, result.getAuthorities());
        authenticated.setDetails(attempt.getDetails());
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failed attempts; the login page says "try again later" and nothing more. */
    static class LoginThrottledException extends AuthenticationException {
        LoginThrottledException() {
            super("Too many failed login attempts");
        }
    }
}
