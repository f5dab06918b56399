package org.reliefdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoModeTest {

    @Test
    void demo_is_on_by_default_with_the_embedded_database() {
        assertThat(new DemoMode(properties(null), new MockEnvironment()).isEnabled()).isTrue();
    }

    @Test
    void demo_is_off_by_default_with_an_external_database() {
        MockEnvironment external = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/reliefdesk");
        assertThat(new DemoMode(properties(null), external).isEnabled()).isFalse();
    }

    @Test
    void an_explicit_setting_wins_either_way() {
        MockEnvironment external = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/reliefdesk");
        assertThat(new DemoMode(properties(true), external).isEnabled()).isTrue();
        assertThat(new DemoMode(properties(false), new MockEnvironment()).isEnabled()).isFalse();
    }

    @Test
    void the_embedded_database_can_be_switched_off_without_a_url() {
        MockEnvironment noEmbedded = new MockEnvironment()
                .withProperty("reliefdesk.embedded-database.enabled", "false");
        assertThat(EmbeddedDatabaseCondition.usesEmbeddedDatabase(noEmbedded)).isFalse();
        assertThat(EmbeddedDatabaseCondition.usesEmbeddedDatabase(new MockEnvironment())).isTrue();
    }

    private static ReliefDeskProperties properties(Boolean demo) {
        return new ReliefDeskProperties(Path.of("./data"), demo, null,
                new ReliefDeskProperties.EmbeddedDatabase(true),
                new ReliefDeskProperties.Login(5, Duration.ofMinutes(3), 30, Duration.ofMinutes(2), 20,
                        Duration.ofMinutes(1)));
    }
}
