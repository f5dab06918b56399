package org.reliefdesk.security;

import java.time.Instant;

/** What the portal shows of an account; {@code version} guards concurrent edits. */
public record AccountSummary(
        long id,
        String username,
        String displayName,
        Role role,
        boolean enabled,
        boolean mustChangePassword,
        Instant lastLoginAt,
        long version) {
}
