package org.reliefdesk.casefile;

import java.util.List;

/** Why a stage move is not possible now, as a translation key and its arguments. */
public record Blocker(String messageKey, List<Object> arguments) {

    public static Blocker of(String messageKey, Object... arguments) {
        return new Blocker(messageKey, List.of(arguments));
    }
}
