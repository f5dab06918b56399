package org.reliefdesk.complaint;

/**
 * Complaints filed in a period, counted by respondent, channel and status, for the
 * cross-case report. No personal data: respondents are lenders and agencies.
 *
 * @param respondent the lender or agency, trimmed with whitespace collapsed
 * @param overdue how many of them await an answer past its due date today
 */
public record ComplaintCount(String respondent, boolean agency, String channelCode, ComplaintStatus status,
                             long complaints, long overdue) {
}
