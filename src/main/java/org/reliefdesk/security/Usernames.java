package org.reliefdesk.security;

import java.util.Locale;
import java.util.regex.Pattern;

/** Usernames are stored in lower case; what people type is normalised the same way. */
final class Usernames {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");
    static final int MAX_LENGTH = 64;

    private Usernames() {
    }

    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String name = typed.strip().toLowerCase(Locale.ROOT);
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    }

    static boolean isValid(String normalised) {
        return VALID.matcher(normalised).matches();
    }
}
