package org.reliefdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.IntegrationTest;
import org.reliefdesk.platform.DemoMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Each nested class starts the portal on a fresh, empty database. */
class FirstStartIntegrationTest {

    @Nested
    @IntegrationTest(properties = "reliefdesk.admin-password=Harbin-Winter-2026")
    class WithAConfiguredAdminPassword {

        @Autowired
        AccountRepository repository;
        @Autowired
        PasswordEncoder passwordEncoder;

        @Test
        void admin_is_created_with_that_password_and_no_forced_change() {
            Account admin = repository.findByUsername("admin").orElseThrow();
            assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
            assertThat(passwordEncoder.matches("Harbin-Winter-2026", admin.getPasswordHash())).isTrue();
            assertThat(admin.isMustChangePassword()).isFalse();
            assertThat(repository.count()).isEqualTo(1);
        }
    }

    @Nested
    @IntegrationTest(properties = "reliefdesk.test.context=first-start-random")
    class WithoutAConfiguredAdminPassword {

        @Autowired
        AccountRepository repository;

        @Test
        void admin_gets_a_random_one_time_password_that_must_be_changed() {
            Account admin = repository.findByUsername("admin").orElseThrow();
            assertThat(admin.isMustChangePassword()).isTrue();
            assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
            assertThat(repository.count()).isEqualTo(1);
        }
    }

    @Nested
    @IntegrationTest(properties = "reliefdesk.demo=true")
    class InDemoMode {

        @Autowired
        AccountRepository repository;
        @Autowired
        PasswordEncoder passwordEncoder;
        @Autowired
        AccountBootstrap bootstrap;

        @Test
        void the_five_demo_accounts_exist_with_the_demo_password() {
            for (String username : new String[] {"admin", "counsellor", "counsellor2", "client", "client2"}) {
                Account account = repository.findByUsername(username).orElseThrow();
                assertThat(passwordEncoder.matches(DemoMode.DEMO_PASSWORD, account.getPasswordHash()))
                        .as(username).isTrue();
                assertThat(account.isMustChangePassword()).as(username).isFalse();
            }
            assertThat(repository.findByUsername("client").orElseThrow().getRole()).isEqualTo(Role.CLIENT);
            assertThat(repository.findByUsername("counsellor2").orElseThrow().getRole()).isEqualTo(Role.COUNSELLOR);
        }

        @Test
        void seeding_again_changes_nothing() {
            long before = repository.count();
            bootstrap.run(null);
            assertThat(repository.count()).isEqualTo(before);
        }
    }
}
