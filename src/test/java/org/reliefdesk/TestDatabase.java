package org.reliefdesk;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.reliefdesk.platform.PostgresConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL 17 for every integration test: a Testcontainers container
 * when a Docker engine answers, otherwise one embedded server per test JVM with
 * a fresh database for each Spring context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

    @Bean
    @ServiceConnection
    @Conditional(DockerAvailable.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer("postgres:17");
    }

    @Bean
    @Conditional(DockerUnavailable.class)
    JdbcConnectionDetails embeddedPostgres() {
        return EmbeddedServer.freshDatabase();
    }

    static final class DockerAvailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return DockerCheck.AVAILABLE;
        }
    }

    static final class DockerUnavailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !DockerCheck.AVAILABLE;
        }
    }

    private static final class DockerCheck {
        static final boolean AVAILABLE = check();

        private static boolean check() {
            boolean available;
            try {
                available = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                available = false;
            }
            log.info(available ? "Tests use PostgreSQL 17 in Testcontainers"
                    : "No Docker engine: tests use an embedded PostgreSQL 17");
            return available;
        }
    }

    /** One embedded server for the whole test run; zonky removes it at JVM exit. */
    private static final class EmbeddedServer {
        private static final EmbeddedPostgres SERVER = start();
        private static final AtomicInteger DATABASES = new AtomicInteger();

        private static EmbeddedPostgres start() {
            try {
                return EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
            }
        }

        static JdbcConnectionDetails freshDatabase() {
            String name = "test_" + DATABASES.incrementAndGet();
            try (Connection connection = SERVER.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create database " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create test database " + name, e);
            }
            return new PostgresConnection(SERVER.getJdbcUrl("postgres", name), "postgres", "");
        }
    }
}
