package org.reliefdesk.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.platform.Translations;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: staff administration for administrators, and each user's own
 * password and language. Every method checks its caller here, not in the view.
 */
@Service
@Transactional
public class AccountService {

    /** Serialises changes that could remove the last active administrator. */
    private static final long ADMIN_CHANGE_LOCK = 0x5244_4144_4D49_4EL;

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final SessionGuard sessionGuard;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            CurrentUser currentUser, SessionGuard sessionGuard, ApplicationEventPublisher events,
            JdbcTemplate jdbc, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
        this.sessionGuard = sessionGuard;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // --- Staff administration (administrators only) ---

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<AccountSummary> findStaff(String search, Pageable pageable) {
        String term = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return accounts.search(EnumSet.of(Role.ADMIN, Role.COUNSELLOR), term, pageable).map(Account::summary);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public IssuedPassword createStaff(NewStaffAccount request) {
        if (request.role() == null || !request.role().isStaff()) {
            throw new UserFacingException("account.error.staffRoleOnly");
        }
        Account account = newAccount(request.username(), request.displayName(), request.role());
        String oneTimePassword = OneTimePasswords.generate();
        account.resetPassword(passwordEncoder.encode(oneTimePassword));
        accounts.save(account);
        publish(SecurityEvent.ACCOUNT_CREATED, account.getUsername(),
                "Created %s account '%s' with a one-time password".formatted(account.getRole(), account.getUsername()));
        return new IssuedPassword(account.summary(), oneTimePassword);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary disable(long accountId, long expectedVersion) {
        Account account = staffAccount(accountId, expectedVersion);
        if (account.getRole() == Role.ADMIN) {
            refuseIfLastActiveAdmin(account);
        }
        account.disable();
        publish(SecurityEvent.ACCOUNT_DISABLED, account.getUsername(),
                "Disabled account '%s' and ended its sessions".formatted(account.getUsername()));
        return flushed(account);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary enable(long accountId, long expectedVersion) {
        Account account = staffAccount(accountId, expectedVersion);
        account.enable();
        publish(SecurityEvent.ACCOUNT_ENABLED, account.getUsername(),
                "Re-enabled account '%s'".formatted(account.getUsername()));
        return flushed(account);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary changeRole(long accountId, long expectedVersion, Role newRole) {
        if (newRole == null || !newRole.isStaff()) {
            throw new UserFacingException("account.error.staffRoleOnly");
        }
        Account account = staffAccount(accountId, expectedVersion);
        Role oldRole = account.getRole();
        if (oldRole == newRole) {
            return account.summary();
        }
        if (oldRole == Role.ADMIN) {
            refuseIfLastActiveAdmin(account);
        }
        account.changeRole(newRole);
        publish(SecurityEvent.ROLE_CHANGED, account.getUsername(),
                "Changed role of '%s' from %s to %s".formatted(account.getUsername(), oldRole, newRole));
        return flushed(account);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public IssuedPassword resetPassword(long accountId, long expectedVersion) {
        Account account = staffAccount(accountId, expectedVersion);
        String oneTimePassword = OneTimePasswords.generate();
        account.resetPassword(passwordEncoder.encode(oneTimePassword));
        publish(SecurityEvent.PASSWORD_RESET, account.getUsername(),
                "Reset the password of '%s'; a change is required at next login".formatted(account.getUsername()));
        return new IssuedPassword(flushed(account), oneTimePassword);
    }

    // --- Client logins, created at intake ---

    /** A client's login with a one-time password, to be changed at first login. */
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    public IssuedPassword createClient(String username, String displayName) {
        Account account = newAccount(username, displayName, Role.CLIENT);
        String oneTimePassword = OneTimePasswords.generate();
        account.resetPassword(passwordEncoder.encode(oneTimePassword));
        accounts.save(account);
        publish(SecurityEvent.ACCOUNT_CREATED, account.getUsername(),
                "Created CLIENT account '%s' with a one-time password".formatted(account.getUsername()));
        return new IssuedPassword(account.summary(), oneTimePassword);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isActiveCounsellor(String username) {
        return username != null && accounts.findByUsername(Usernames.normalise(username))
                .filter(a -> a.getRole() == Role.COUNSELLOR && a.isEnabled()).isPresent();
    }

    /** The name to show for a username, e.g. a client's counsellor. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String displayNameOf(String username) {
        return accounts.findByUsername(username).map(Account::getDisplayName).orElse(username);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> activeCounsellors() {
        return accounts.search(EnumSet.of(Role.COUNSELLOR), "", Pageable.ofSize(500)).stream()
                .filter(Account::isEnabled).map(Account::summary).toList();
    }

    // --- The signed-in user's own account ---

    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword, String confirmation) {
        Account account = self();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new UserFacingException("password.error.wrongCurrent");
        }
        if (newPassword == null || !newPassword.equals(confirmation)) {
            throw new UserFacingException("password.error.mismatch");
        }
        if (newPassword.equals(currentPassword)) {
            throw new UserFacingException("password.error.sameAsCurrent");
        }
        List<String> problems = passwordPolicy.violations(account.getUsername(), newPassword);
        if (!problems.isEmpty()) {
            throw new InvalidPasswordException(problems);
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        // Other sessions of this user end; this one stays valid.
        sessionGuard.rememberForCurrentSession(account.getSessionEpoch());
        events.publishEvent(new SecurityEvent(SecurityEvent.PASSWORD_CHANGED, account.getUsername(),
                RequestOrigin.currentAddress(), account.getUsername(), "Changed own password"));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AccountSummary me() {
        return self().summary();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Locale> preferredLocale() {
        return Optional.ofNullable(self().getPreferredLocale()).map(Translations::fromTag);
    }

    @PreAuthorize("isAuthenticated()")
    public void preferLocale(Locale locale) {
        self().preferLocale(Translations.supported(locale).toLanguageTag());
    }

    // --- Used by the login machinery and start-up in this package ---

    /** Records a successful login and returns the session epoch the new session belongs to. */
    int recordLogin(String username, String remoteAddress) {
        Account account = accounts.findByUsername(username).orElseThrow(NotFoundException::new);
        account.loggedIn(clock.instant());
        events.publishEvent(new SecurityEvent(SecurityEvent.LOGIN_SUCCEEDED, username, remoteAddress, username,
                "Logged in as %s".formatted(account.getRole())));
        return account.getSessionEpoch();
    }

    void recordLoginFailure(String typedUsername, String remoteAddress, boolean throttled) {
        events.publishEvent(new SecurityEvent(
                throttled ? SecurityEvent.LOGIN_THROTTLED : SecurityEvent.LOGIN_FAILED,
                typedUsername.isEmpty() ? "(empty)" : typedUsername, remoteAddress, null,
                throttled ? "Login refused: too many failed attempts" : "Login failed"));
    }

    boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    long count() {
        return accounts.count();
    }

    /** Creates an account with a known password, e.g. the first administrator or demo users. */
    AccountSummary createWithPassword(String username, String displayName, Role role, String password,
            boolean mustChange, String actor) {
        Account account = newAccount(username, displayName, role);
        String hash = passwordEncoder.encode(password);
        if (mustChange) {
            account.resetPassword(hash);
        } else {
            account.changePassword(hash);
        }
        accounts.save(account);
        events.publishEvent(new SecurityEvent(SecurityEvent.ACCOUNT_CREATED, actor, null, account.getUsername(),
                "Created %s account '%s'".formatted(role, account.getUsername())));
        return account.summary();
    }

    // --- helpers ---

    private Account newAccount(String typedUsername, String typedDisplayName, Role role) {
        String username = Usernames.normalise(typedUsername);
        if (!Usernames.isValid(username)) {
            throw new UserFacingException("account.error.usernameInvalid");
        }
        String displayName = typedDisplayName == null ? "" : typedDisplayName.strip();
        if (displayName.isEmpty() || displayName.length() > 100) {
            throw new UserFacingException("account.error.displayNameInvalid");
        }
        if (accounts.existsByUsername(username)) {
            throw new UserFacingException("account.error.usernameTaken");
        }
        return new Account(username, displayName, role, "", false, clock.instant());
    }

    private Account staffAccount(long accountId, long expectedVersion) {
        Account account = accounts.findById(accountId)
                .filter(found -> found.getRole().isStaff())
                .orElseThrow(NotFoundException::new);
        if (account.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        return account;
    }

    private void refuseIfLastActiveAdmin(Account account) {
        jdbc.queryForList("select pg_advisory_xact_lock(?)", ADMIN_CHANGE_LOCK);
        if (account.isEnabled() && accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new UserFacingException("account.error.lastAdmin");
        }
    }

    private Account self() {
        return accounts.findByUsername(currentUser.requireUsername()).orElseThrow(NotFoundException::new);
    }

    private AccountSummary flushed(Account account) {
        // Flush so the version in the returned summary is the one now stored, and a
        // concurrent edit that slipped past the version check is reported, not lost.
        try {
            accounts.saveAndFlush(account);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
        return account.summary();
    }

    private void publish(String action, String targetUsername, String summary) {
        events.publishEvent(new SecurityEvent(action, currentUser.requireUsername(), RequestOrigin.currentAddress(),
                targetUsername, summary));
    }
}
