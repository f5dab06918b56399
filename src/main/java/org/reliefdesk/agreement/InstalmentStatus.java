package org.reliefdesk.agreement;

/**
 * Where an instalment stands on a Beijing date (decision 013): MISSED as soon as the date
 * is after the due date and it is not fully paid (grace days only decide when the agreement
 * may lapse); PAID_LATE when the payment that completed it was dated after the due date.
 */
public enum InstalmentStatus {
    UPCOMING, PAID, PAID_LATE, PARTLY_PAID, MISSED
}
