package org.reliefdesk.casefile;

import java.time.LocalDate;

/** A consent as the case page shows it. */
public record ConsentRecord(
        Long id,
        ConsentKind kind,
        LocalDate givenOn,
        ConsentMethod method,
        String recordedBy,
        LocalDate withdrawnOn,
        ConsentMethod withdrawalMethod,
        String withdrawnBy) {

    public boolean active() {
        return withdrawnOn == null;
    }
}
