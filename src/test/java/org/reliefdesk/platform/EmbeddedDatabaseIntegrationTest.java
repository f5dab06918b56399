package org.reliefdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/** The portal's own embedded PostgreSQL: real, durable, and where the data directory says. */
class EmbeddedDatabaseIntegrationTest {

    @TempDir
    Path dataDir;

    private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

    @Test
    void data_survives_a_restart_in_the_configured_directory() throws Exception {
        ReliefDeskProperties properties = properties(dataDir);

        try (EmbeddedPostgres first = configuration.embeddedPostgres(properties)) {
            try (Connection connection = connect(configuration.embeddedPostgresConnectionDetails(first));
                    Statement statement = connection.createStatement()) {
                statement.execute("create table kept (note text)");
                statement.execute("insert into kept values ('案件记录')");
            }
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();

        try (EmbeddedPostgres second = configuration.embeddedPostgres(properties);
                Connection connection = connect(configuration.embeddedPostgresConnectionDetails(second));
                Statement statement = connection.createStatement()) {
            ResultSet kept = statement.executeQuery("select note from kept");
            assertThat(kept.next()).isTrue();
            assertThat(kept.getString(1)).isEqualTo("案件记录");
            ResultSet settings = statement.executeQuery(
                    "select current_setting('fsync'), current_setting('synchronous_commit'), "
                            + "current_setting('server_version_num')::int / 10000");
            settings.next();
            assertThat(settings.getString(1)).isEqualTo("on");
            assertThat(settings.getString(2)).isEqualTo("on");
            assertThat(settings.getInt(3)).isEqualTo(17);
        }
    }

    private static Connection connect(JdbcConnectionDetails details) throws Exception {
        return DriverManager.getConnection(details.getJdbcUrl(), details.getUsername(), details.getPassword());
    }

    private static ReliefDeskProperties properties(Path dataDir) {
        return new ReliefDeskProperties(dataDir, null, null, new ReliefDeskProperties.EmbeddedDatabase(true),
                new ReliefDeskProperties.Login(5, Duration.ofMinutes(3), 30, Duration.ofMinutes(2), 20,
                        Duration.ofMinutes(1)));
    }
}
