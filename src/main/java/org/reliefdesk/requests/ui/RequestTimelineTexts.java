package org.reliefdesk.requests.ui;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Optional;
import org.reliefdesk.casefile.TimelineTexts;

/** Words the requested documents' audit entries on the staff timeline in the reader's language. */
@org.springframework.stereotype.Component
class RequestTimelineTexts implements TimelineTexts {

    @Override
    public Optional<String> describe(String action, Map<String, String> f, Component reader) {
        String category = reader.getTranslation("evidence.category." + f.getOrDefault("category", "OTHER"));
        return Optional.ofNullable(switch (action) {
            case "REQUEST_MADE" -> reader.getTranslation("requests.timeline.made", category, f.getOrDefault("due", ""));
            case "REQUEST_FULFILLED" -> reader.getTranslation("requests.timeline.fulfilled", category);
            case "REQUEST_CANCELLED" -> reader.getTranslation("requests.timeline.cancelled", category,
                    f.getOrDefault("reason", ""));
            case "REQUEST_REOPENED" -> reader.getTranslation("requests.timeline.reopened", category,
                    f.getOrDefault("due", ""), f.getOrDefault("reason", ""));
            default -> null;
        });
    }
}
