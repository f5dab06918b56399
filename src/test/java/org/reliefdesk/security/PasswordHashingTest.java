package org.reliefdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    private final SecurityConfiguration configuration = new SecurityConfiguration();

    @Test
    void a_cost_below_ten_is_refused_unless_weak_hashing_is_allowed_for_tests() {
        assertThatThrownBy(() -> configuration.passwordEncoder(9, false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bcrypt-cost 9");
        assertThat(configuration.passwordEncoder(4, true).encode("secret")).startsWith("{bcrypt}$2a$04$");
    }

    @Test
    void the_configured_cost_is_the_one_written_into_the_hash() {
        assertThat(configuration.passwordEncoder(SecurityConfiguration.BCRYPT_COST, false).encode("secret"))
                .startsWith("{bcrypt}$2a$12$");
    }
}
