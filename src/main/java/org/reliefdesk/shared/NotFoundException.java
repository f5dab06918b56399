package org.reliefdesk.shared;

/**
 * The record does not exist, or the caller may not know that it does:
 * both look the same to the caller on purpose.
 */
public class NotFoundException extends UserFacingException {

    public NotFoundException() {
        super("error.notFound");
    }
}
