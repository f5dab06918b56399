package org.reliefdesk.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The single-node default: when no {@code spring.datasource.url} is configured,
 * start a real PostgreSQL from the application itself, with its files under
 * {@code $RELIEFDESK_DATA_DIR/postgres} so they survive restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(ReliefDeskProperties properties) throws IOException {
        Path dataDirectory = properties.dataDir().resolve("postgres").toAbsolutePath().normalize();
        Files.createDirectories(dataDirectory);
        log.info("Starting embedded PostgreSQL with data in {}", dataDirectory);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // zonky tunes for throw-away test databases; these are real records.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("timezone", "UTC")
                .start();
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
        // zonky's server trusts local connections: no password on localhost.
        return new PostgresConnection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }
}
