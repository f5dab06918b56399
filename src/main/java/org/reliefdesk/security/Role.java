package org.reliefdesk.security;

/** Who someone is in the portal; each maps to one Spring Security authority. */
public enum Role {
    ADMIN,
    COUNSELLOR,
    CLIENT;

    /** The names used in {@code @RolesAllowed} and {@code hasRole(...)}. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String COUNSELLOR_NAME = "COUNSELLOR";
    public static final String CLIENT_NAME = "CLIENT";

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isStaff() {
        return this != CLIENT;
    }
}
