package org.reliefdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.IntegrationTest;
import org.reliefdesk.SignedIn;
import org.reliefdesk.platform.Translations;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.UserFacingException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

// The production cost, which the test profile otherwise lowers to start demo contexts faster.
@IntegrationTest(properties = {"reliefdesk.security.bcrypt-cost=12", "reliefdesk.security.allow-weak-hashing=false"})
class AccountServiceIntegrationTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AccountRepository repository;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcTemplate jdbc;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void signInAsAdministrator() {
        SignedIn.as("admin-" + suffix, Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void an_administrator_creates_a_counsellor_with_a_one_time_password_that_must_be_changed() {
        IssuedPassword issued = accounts.createStaff(new NewStaffAccount("  Zhao." + suffix + " ", "赵敏", Role.COUNSELLOR));

        assertThat(issued.account().username()).isEqualTo("zhao." + suffix);
        assertThat(issued.account().mustChangePassword()).isTrue();
        Account stored = repository.findByUsername("zhao." + suffix).orElseThrow();
        assertThat(stored.getPasswordHash()).startsWith("{bcrypt}$2a$12$");
        assertThat(passwordEncoder.matches(issued.oneTimePassword(), stored.getPasswordHash())).isTrue();
        assertThat(audited(SecurityEvent.ACCOUNT_CREATED, "zhao." + suffix)).isEqualTo(1);
    }

    @Test
    void bad_input_is_refused_with_a_reason_and_creates_nothing() {
        assertRefused(() -> accounts.createStaff(new NewStaffAccount("a", "赵敏", Role.COUNSELLOR)),
                "account.error.usernameInvalid");
        assertRefused(() -> accounts.createStaff(new NewStaffAccount("has space" + suffix, "赵敏", Role.COUNSELLOR)),
                "account.error.usernameInvalid");
        assertRefused(() -> accounts.createStaff(new NewStaffAccount("blank" + suffix, "  ", Role.COUNSELLOR)),
                "account.error.displayNameInvalid");
        assertRefused(() -> accounts.createStaff(new NewStaffAccount("client" + suffix, "客户", Role.CLIENT)),
                "account.error.staffRoleOnly");
        assertThat(repository.existsByUsername("blank" + suffix)).isFalse();
        assertThat(repository.existsByUsername("client" + suffix)).isFalse();
    }

    @Test
    void a_username_can_be_taken_only_once_whatever_its_case() {
        accounts.createStaff(new NewStaffAccount("dup" + suffix, "甲", Role.COUNSELLOR));
        assertRefused(() -> accounts.createStaff(new NewStaffAccount("DUP" + suffix, "乙", Role.ADMIN)),
                "account.error.usernameTaken");
    }

    @Test
    void disabling_ends_sessions_and_re_enabling_restores_login() {
        AccountSummary created = accounts.createStaff(new NewStaffAccount("off" + suffix, "钱", Role.COUNSELLOR))
                .account();
        int epochBefore = repository.findByUsername("off" + suffix).orElseThrow().getSessionEpoch();

        AccountSummary disabled = accounts.disable(created.id(), created.version());

        Account stored = repository.findByUsername("off" + suffix).orElseThrow();
        assertThat(stored.isEnabled()).isFalse();
        assertThat(stored.getSessionEpoch()).isGreaterThan(epochBefore);
        assertThat(disabled.version()).isGreaterThan(created.version());
        assertThat(audited(SecurityEvent.ACCOUNT_DISABLED, "off" + suffix)).isEqualTo(1);

        AccountSummary enabled = accounts.enable(disabled.id(), disabled.version());
        assertThat(enabled.enabled()).isTrue();
        assertThat(audited(SecurityEvent.ACCOUNT_ENABLED, "off" + suffix)).isEqualTo(1);
    }

    @Test
    void a_stale_version_is_refused_so_the_second_editor_is_told_not_overwritten() {
        AccountSummary created = accounts.createStaff(new NewStaffAccount("race" + suffix, "孙", Role.COUNSELLOR))
                .account();
        accounts.changeRole(created.id(), created.version(), Role.ADMIN);

        assertThatThrownBy(() -> accounts.disable(created.id(), created.version()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(repository.findByUsername("race" + suffix).orElseThrow().isEnabled()).isTrue();
        assertThat(repository.findByUsername("race" + suffix).orElseThrow().getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void resetting_a_password_issues_a_new_one_time_password_and_ends_sessions() {
        IssuedPassword created = accounts.createStaff(new NewStaffAccount("reset" + suffix, "李", Role.COUNSELLOR));
        int epochBefore = repository.findByUsername("reset" + suffix).orElseThrow().getSessionEpoch();

        IssuedPassword reset = accounts.resetPassword(created.account().id(), created.account().version());

        Account stored = repository.findByUsername("reset" + suffix).orElseThrow();
        assertThat(reset.oneTimePassword()).isNotEqualTo(created.oneTimePassword());
        assertThat(passwordEncoder.matches(reset.oneTimePassword(), stored.getPasswordHash())).isTrue();
        assertThat(passwordEncoder.matches(created.oneTimePassword(), stored.getPasswordHash())).isFalse();
        assertThat(stored.isMustChangePassword()).isTrue();
        assertThat(stored.getSessionEpoch()).isGreaterThan(epochBefore);
        assertThat(audited(SecurityEvent.PASSWORD_RESET, "reset" + suffix)).isEqualTo(1);
    }

    @Test
    void staff_administration_does_not_touch_client_accounts() {
        AccountSummary client = accounts.createWithPassword("cl" + suffix, "客户", Role.CLIENT, "Lanzhou-Noodles-42",
                false, "test");
        assertThatThrownBy(() -> accounts.disable(client.id(), client.version())).isInstanceOf(NotFoundException.class);
        assertThat(accounts.findStaff("cl" + suffix, PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void staff_search_matches_username_or_name_and_pages_lazily() {
        accounts.createStaff(new NewStaffAccount("find" + suffix + "a", "周芷若", Role.COUNSELLOR));
        accounts.createStaff(new NewStaffAccount("find" + suffix + "b", "周伯通", Role.ADMIN));

        assertThat(accounts.findStaff("FIND" + suffix, PageRequest.of(0, 10, Sort.by("username"))).getContent())
                .extracting(AccountSummary::username)
                .containsExactly("find" + suffix + "a", "find" + suffix + "b");
        var firstPage = accounts.findStaff("find" + suffix, PageRequest.of(0, 1, Sort.by("username")));
        assertThat(firstPage.getContent()).hasSize(1);
        assertThat(firstPage.hasNext()).isTrue();
        assertThat(accounts.findStaff("周伯", PageRequest.of(0, 10)).getContent())
                .extracting(AccountSummary::username).contains("find" + suffix + "b");
    }

    @Test
    void only_administrators_may_administer_staff() {
        AccountSummary target = accounts.createStaff(new NewStaffAccount("t" + suffix, "吴", Role.COUNSELLOR))
                .account();
        for (Role role : new Role[] {Role.COUNSELLOR, Role.CLIENT}) {
            SignedIn.as("someone-" + suffix, role);
            assertThatThrownBy(() -> accounts.findStaff("", PageRequest.of(0, 10)))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> accounts.createStaff(new NewStaffAccount("x" + suffix, "x", Role.ADMIN)))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> accounts.disable(target.id(), target.version()))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> accounts.enable(target.id(), target.version()))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> accounts.resetPassword(target.id(), target.version()))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> accounts.changeRole(target.id(), target.version(), Role.ADMIN))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        SignedIn.nobody();
        assertThatThrownBy(() -> accounts.findStaff("", PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(repository.existsByUsername("x" + suffix)).isFalse();
        assertThat(repository.findById(target.id()).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void a_user_changes_their_own_password_only_with_the_current_one_and_within_the_policy() {
        accounts.createWithPassword("self" + suffix, "郑", Role.CLIENT, "Lanzhou-Noodles-42", true, "test");
        SignedIn.as("self" + suffix, Role.CLIENT);

        assertRefused(() -> accounts.changeOwnPassword("wrong-password", "Xi'an-Dumplings-7", "Xi'an-Dumplings-7"),
                "password.error.wrongCurrent");
        assertRefused(() -> accounts.changeOwnPassword("Lanzhou-Noodles-42", "Xi'an-Dumplings-7", "Xi'an-Dumpling"),
                "password.error.mismatch");
        assertThatThrownBy(() -> accounts.changeOwnPassword("Lanzhou-Noodles-42", "1234567890", "1234567890"))
                .isInstanceOfSatisfying(InvalidPasswordException.class,
                        e -> assertThat(e.reasons()).containsExactly("password.error.tooCommon"));

        accounts.changeOwnPassword("Lanzhou-Noodles-42", "Xi'an-Dumplings-7", "Xi'an-Dumplings-7");

        Account stored = repository.findByUsername("self" + suffix).orElseThrow();
        assertThat(passwordEncoder.matches("Xi'an-Dumplings-7", stored.getPasswordHash())).isTrue();
        assertThat(stored.isMustChangePassword()).isFalse();
        assertThat(audited(SecurityEvent.PASSWORD_CHANGED, "self" + suffix)).isEqualTo(1);
    }

    @Test
    void the_chosen_language_is_remembered_in_the_account() {
        accounts.createWithPassword("lang" + suffix, "冯", Role.COUNSELLOR, "Lanzhou-Noodles-42", false, "test");
        SignedIn.as("lang" + suffix, Role.COUNSELLOR);
        assertThat(accounts.preferredLocale()).isEmpty();

        accounts.preferLocale(Locale.UK);

        assertThat(accounts.preferredLocale()).contains(Translations.ENGLISH);
        assertThat(repository.findByUsername("lang" + suffix).orElseThrow().getPreferredLocale()).isEqualTo("en");
    }

    private long audited(String action, String target) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and target_id = ?", Long.class,
                action, target);
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }
}
