package org.reliefdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends sessions that should no longer exist: the account was disabled, its role
 * changed or its password reset. Each session remembers the account's session
 * epoch from login; when the stored epoch has moved on, the session is dropped.
 * The check reads PostgreSQL, so it works the same on every app node.
 */
@Component
public class SessionGuard extends OncePerRequestFilter {

    static final String EPOCH_ATTRIBUTE = SessionGuard.class.getName() + ".epoch";

    private final AccountRepository accounts;

    SessionGuard(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && !stillValid(authentication.getName(), session)) {
            SecurityContextHolder.clearContext();
            session.invalidate();
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(String username, HttpSession session) {
        Object remembered = session.getAttribute(EPOCH_ATTRIBUTE);
        Optional<AccountRepository.SessionState> state = accounts.findSessionState(username);
        return state.isPresent()
                && state.get().getEnabled()
                && remembered instanceof Integer epoch
                && epoch == state.get().getSessionEpoch();
    }

    /** Ties the current request's session to the given epoch (at login, or after a password change). */
    void rememberForCurrentSession(int epoch) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            attributes.getRequest().getSession(true).setAttribute(EPOCH_ATTRIBUTE, epoch);
        }
    }
}
