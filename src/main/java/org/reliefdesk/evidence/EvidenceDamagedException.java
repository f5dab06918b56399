package org.reliefdesk.evidence;

import org.reliefdesk.shared.UserFacingException;

/** The stored bytes no longer match the hash taken at upload (or are gone): they are not served. */
public class EvidenceDamagedException extends UserFacingException {

    public EvidenceDamagedException() {
        super("evidence.error.damaged");
    }

    /** With a more precise message, e.g. {@code evidence.error.missing}. */
    public EvidenceDamagedException(String messageKey) {
        super(messageKey);
    }
}
