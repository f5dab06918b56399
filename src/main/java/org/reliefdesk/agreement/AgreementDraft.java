package org.reliefdesk.agreement;

import java.time.LocalDate;

/**
 * What the counsellor decides while drafting; the money terms come from the accepted proposal.
 *
 * @param registeredName the lender's registered (legal) name; blank = the lender's name on the debt
 * @param firstDue the first instalment's due date (a settlement's only date)
 * @param graceDays days a missed instalment may be late before it counts toward a lapse
 * @param lapseAfterMissed how many instalments late beyond the grace days make the agreement lapse
 */
public record AgreementDraft(String registeredName, LocalDate firstDue, int graceDays, int lapseAfterMissed) {
}
