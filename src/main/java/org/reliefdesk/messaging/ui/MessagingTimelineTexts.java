package org.reliefdesk.messaging.ui;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Optional;
import org.reliefdesk.casefile.TimelineTexts;

/** Words the messages' audit entries on the staff timeline: that a message was sent, never its text. */
@org.springframework.stereotype.Component
class MessagingTimelineTexts implements TimelineTexts {

    @Override
    public Optional<String> describe(String action, Map<String, String> f, Component reader) {
        return Optional.ofNullable(switch (action) {
            case "MESSAGE_SENT" -> reader.getTranslation("messaging.timeline.sent." + f.getOrDefault("from", "CLIENT"));
            case "MESSAGES_READ_BY_ADMIN" -> reader.getTranslation("messaging.timeline.adminRead");
            default -> null;
        });
    }
}
