package org.reliefdesk.platform;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every demo seeder needs: run once, in demo mode only, even when several
 * nodes start together; and act as a demo user, because the seeders go through
 * the real services, which check their callers.
 */
@Component
public class DemoSeed {

    private final DemoMode demoMode;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    DemoSeed(DemoMode demoMode, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.demoMode = demoMode;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Runs {@code seed} in one transaction under a transaction-scoped advisory lock, when
     * demo mode is on and {@code table} is still empty (so a restart seeds nothing again).
     *
     * @param lock the seeder's own advisory lock key
     * @param table a table the seed fills (a fixed name, never user input)
     */
    public void once(long lock, String table, Runnable seed) {
        if (!demoMode.isEnabled()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.queryForList("select pg_advisory_xact_lock(?)", lock);
            if (jdbc.queryForObject("select count(*) from " + table, Long.class) == 0) {
                seed.run();
            }
        });
    }

    /** Runs {@code work} signed in as {@code username} with one authority (e.g. {@code ROLE_COUNSELLOR}). */
    public static void as(String username, String authority, Runnable work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority(authority))));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
