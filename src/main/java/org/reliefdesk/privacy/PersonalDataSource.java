package org.reliefdesk.privacy;

import java.util.List;

/**
 * A module's share of what the portal holds about a client, for the client's own view and
 * copy of their personal data (PIPL 第44-45条). Called for the signed-in client's own case,
 * so an implementation may use its module's {@code canRead}-checked services.
 */
public interface PersonalDataSource {

    /** Position of the module's sections in the view and the copy. */
    int order();

    /** The sections this module holds about the client of this case; empty when it holds nothing. */
    List<PersonalDataSection> personalDataOf(long caseId);

    /**
     * The sections for the client's downloaded copy (PIPL 第45条). The same as the screen unless a
     * source shows something masked on screen that the copy gives in full (decision 020).
     */
    default List<PersonalDataSection> copyOf(long caseId) {
        return personalDataOf(caseId);
    }
}
