package org.reliefdesk;

import org.reliefdesk.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a signed-in user into the security context, as a login would, for service tests. */
public final class SignedIn {

    private SignedIn() {
    }

    public static void as(String username, Role role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, java.util.List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
