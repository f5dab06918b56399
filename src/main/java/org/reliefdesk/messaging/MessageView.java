package org.reliefdesk.messaging;

import java.time.Instant;

/**
 * One message as the conversation shows it.
 *
 * @param readAt when the other side opened the conversation after it arrived; null while unread
 */
public record MessageView(long id, long caseId, MessageSide side, String author, String body, Instant sentAt,
        Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
