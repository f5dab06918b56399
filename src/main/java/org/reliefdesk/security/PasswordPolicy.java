package org.reliefdesk.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rules every new password must meet. Returns translation keys, so the
 * person sees every reason at once, in their language.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** BCrypt reads only the first 72 bytes; longer passwords would be silently cut. */
    public static final int MAX_BYTES = 72;

    private final Set<String> commonPasswords;

    public PasswordPolicy() {
        this(loadCommonPasswords());
    }

    PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = Set.copyOf(commonPasswords);
    }

    public List<String> violations(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("password.error.required");
            return problems;
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add("password.error.tooShort");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add("password.error.tooLong");
        }
        String lowered = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lowered)) {
            problems.add("password.error.tooCommon");
        }
        if (username != null && lowered.equals(username.trim().toLowerCase(Locale.ROOT))) {
            problems.add("password.error.sameAsUsername");
        }
        return problems;
    }

    int commonPasswordCount() {
        return commonPasswords.size();
    }

    private static Set<String> loadCommonPasswords() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the classpath");
            }
            Set<String> passwords = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines()
                        .map(String::trim)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .map(line -> line.toLowerCase(Locale.ROOT))
                        .forEach(passwords::add);
            }
            return passwords;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
