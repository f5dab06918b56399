package org.reliefdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.IntegrationTest;
import org.reliefdesk.SignedIn;
import org.reliefdesk.shared.UserFacingException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Its own context, so its own database: it needs to know every administrator. */
@IntegrationTest(properties = "reliefdesk.test.context=last-admin")
class LastAdministratorIntegrationTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AccountRepository repository;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void the_last_active_administrator_can_be_neither_disabled_nor_demoted() {
        // The first start created 'admin'; add a second administrator who acts.
        AccountSummary bootstrap = repository.findByUsername("admin").orElseThrow().summary();
        AccountSummary second = accounts.createWithPassword("chief", "主任", Role.ADMIN, "Lanzhou-Noodles-42", false,
                "test");
        SignedIn.as("chief", Role.ADMIN);

        accounts.disable(bootstrap.id(), bootstrap.version());
        assertThat(repository.countByRoleAndEnabledTrue(Role.ADMIN)).isEqualTo(1);

        assertThatThrownBy(() -> accounts.disable(second.id(), second.version()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.lastAdmin"));
        assertThatThrownBy(() -> accounts.changeRole(second.id(), second.version(), Role.COUNSELLOR))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.lastAdmin"));

        Account still = repository.findByUsername("chief").orElseThrow();
        assertThat(still.isEnabled()).isTrue();
        assertThat(still.getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void a_disabled_administrator_may_be_demoted_while_another_is_active() {
        AccountSummary extra = accounts.createWithPassword("deputy", "副主任", Role.ADMIN, "Lanzhou-Noodles-42", false,
                "test");
        SignedIn.as("someone", Role.ADMIN);
        AccountSummary disabled = accounts.disable(extra.id(), extra.version());
        AccountSummary demoted = accounts.changeRole(disabled.id(), disabled.version(), Role.COUNSELLOR);
        assertThat(demoted.role()).isEqualTo(Role.COUNSELLOR);
        assertThat(accounts.findStaff("deputy", PageRequest.of(0, 5)).getContent()).hasSize(1);
    }
}
