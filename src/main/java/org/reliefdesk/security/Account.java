package org.reliefdesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A login: staff or client. State changes go through intention-revealing methods. */
@Entity
@Table(name = "account")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "preferred_locale")
    private String preferredLocale;

    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
    }

    Account(String username, String displayName, Role role, String passwordHash,
            boolean mustChangePassword, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = createdAt;
    }

    void disable() {
        enabled = false;
        endSessions();
    }

    void enable() {
        enabled = true;
    }

    void changeRole(Role newRole) {
        role = newRole;
        endSessions();
    }

    /** An administrator set a one-time password: open sessions end and a change is due. */
    void resetPassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = true;
        endSessions();
    }

    /** The owner chose a new password; their other sessions end. */
    void changePassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = false;
        endSessions();
    }

    void rename(String newDisplayName) {
        displayName = newDisplayName;
    }

    void preferLocale(String languageTag) {
        preferredLocale = languageTag;
    }

    void loggedIn(Instant at) {
        lastLoginAt = at;
    }

    private void endSessions() {
        sessionEpoch++;
    }

    AccountSummary summary() {
        return new AccountSummary(id, username, displayName, role, enabled, mustChangePassword,
                lastLoginAt, version);
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return role;
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    String getPreferredLocale() {
        return preferredLocale;
    }

    int getSessionEpoch() {
        return sessionEpoch;
    }

    long getVersion() {
        return version;
    }
}
