package org.reliefdesk.security;

import java.util.List;
import org.reliefdesk.shared.UserFacingException;

/** The new password breaks the policy; {@link #reasons()} are translation keys. */
public class InvalidPasswordException extends UserFacingException {

    private final List<String> reasons;

    public InvalidPasswordException(List<String> reasons) {
        super(reasons.getFirst());
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
