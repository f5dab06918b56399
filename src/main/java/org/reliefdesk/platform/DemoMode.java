package org.reliefdesk.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether demo data is seeded. On by default only with the embedded database;
 * never with an external one unless {@code RELIEFDESK_DEMO=true} says so.
 */
@Component
public class DemoMode {

    /** The password of every demo account; shown on the login page in demo mode. */
    public static final String DEMO_PASSWORD = "Demo-2026!";

    private final boolean enabled;

    public DemoMode(ReliefDeskProperties properties, Environment environment) {
        this.enabled = properties.demo() != null
                ? properties.demo()
                : EmbeddedDatabaseCondition.usesEmbeddedDatabase(environment);
    }

    public boolean isEnabled() {
        return enabled;
    }
}
