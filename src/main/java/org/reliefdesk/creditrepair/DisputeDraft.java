package org.reliefdesk.creditrepair;

import java.time.LocalDate;

/**
 * A dispute as filed.
 *
 * @param entryId the negative entry disputed, or null (then the text says what)
 * @param institution the reporting institution's name when {@code party} is one; null means the entry's lender
 */
public record DisputeDraft(LocalDate filedOn, String disputed, Long entryId, DisputeParty party,
        String institution) {
}
