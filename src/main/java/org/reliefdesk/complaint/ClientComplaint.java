package org.reliefdesk.complaint;

import java.time.LocalDate;

/**
 * What the client sees of a complaint filed for them: never drafts, never the notes.
 *
 * @param dueOn when an answer is due, or null when the channel has no fixed deadline
 */
public record ClientComplaint(
        long id,
        String respondentName,
        ChannelCode channel,
        String channelNameZh,
        String channelNameEn,
        LocalDate filedOn,
        ComplaintStatus status,
        LocalDate dueOn,
        LocalDate answeredOn,
        String answerText) {
}
