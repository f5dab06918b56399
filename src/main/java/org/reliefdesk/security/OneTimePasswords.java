package org.reliefdesk.security;

import java.security.SecureRandom;

/** Random passwords for first logins and resets: readable aloud, no look-alike characters. */
final class OneTimePasswords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    /** Three groups of four, e.g. {@code Xk7m-Pq2r-Tz9w}: 14 characters, about 68 bits. */
    static String generate() {
        StringBuilder password = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
