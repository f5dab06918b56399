package org.reliefdesk.security;

/** What an administrator enters to create a staff account. */
public record NewStaffAccount(String username, String displayName, Role role) {
}
