package org.reliefdesk.platform;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/** Where a PostgreSQL that ReliefDesk started itself can be reached. */
public record PostgresConnection(String jdbcUrl, String username, String password) implements JdbcConnectionDetails {

    @Override
    public String getJdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getPassword() {
        return password;
    }
}
