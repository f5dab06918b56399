package org.reliefdesk.platform;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings that are ReliefDesk's own; each maps to an environment variable
 * (README, "Configuration").
 *
 * @param dataDir where the embedded PostgreSQL keeps its files ({@code RELIEFDESK_DATA_DIR})
 * @param demo seed demo accounts; {@code null} means "decide from the database in use"
 * @param adminPassword password for the first {@code admin} on an empty database
 * @param embeddedDatabase whether to start an embedded PostgreSQL when no URL is configured
 */
@ConfigurationProperties("reliefdesk")
public record ReliefDeskProperties(
        @DefaultValue("./data") Path dataDir,
        Boolean demo,
        String adminPassword,
        @DefaultValue EmbeddedDatabase embeddedDatabase,
        @DefaultValue Login login) {

    public record EmbeddedDatabase(@DefaultValue("true") boolean enabled) {
    }

    /**
     * Failed-login throttling. Three buckets are checked: the account from one
     * address (tight), the address across accounts, and the account from
     * anywhere (loose, refilling fast so a stranger cannot lock a user out for long).
     */
    public record Login(
            @DefaultValue("5") int perAccountAndAddressCapacity,
            @DefaultValue("3m") Duration perAccountAndAddressRefill,
            @DefaultValue("30") int perAddressCapacity,
            @DefaultValue("2m") Duration perAddressRefill,
            @DefaultValue("20") int perAccountCapacity,
            @DefaultValue("1m") Duration perAccountRefill) {
    }
}
