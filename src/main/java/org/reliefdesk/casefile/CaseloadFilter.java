package org.reliefdesk.casefile;

/**
 * What a caseload is narrowed to. {@code search} is read by its shape: an
 * 18-character ID number is matched exactly, four digits are a phone's last
 * four, anything else is part of the client's name.
 *
 * @param counsellor only this counsellor's cases (administrators only; counsellors always see their own)
 * @param minDaysOverdue only cases with a debt overdue at least this many days
 */
public record CaseloadFilter(Stage stage, String counsellor, boolean urgentOnly, Integer minDaysOverdue,
        String search) {

    public static CaseloadFilter none() {
        return new CaseloadFilter(null, null, false, null, null);
    }
}
