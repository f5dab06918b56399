package org.reliefdesk.shared;

/**
 * Input that can never be valid as typed, such as an identity number with a wrong
 * check digit; the person who typed it can correct it.
 */
public class InvalidValueException extends UserFacingException {

    public InvalidValueException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
