package org.reliefdesk.privacy.ui;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Optional;
import org.reliefdesk.casefile.TimelineTexts;

/** Words the privacy module's audit entries on the case timeline in the reader's language. */
@org.springframework.stereotype.Component
class PrivacyTimelineTexts implements TimelineTexts {

    @Override
    public Optional<String> describe(String action, Map<String, String> f, Component reader) {
        return switch (action) {
            case "PRIVACY_COPY_DOWNLOADED" -> Optional.of(reader.getTranslation("privacy.timeline.copy",
                    f.getOrDefault("format", "")));
            case "PRIVACY_REQUEST_FILED" -> Optional.of(reader.getTranslation("privacy.timeline.filed",
                    kind(f, reader), f.getOrDefault("section", ""), f.getOrDefault("due", "")));
            case "PRIVACY_REQUEST_STARTED" -> Optional.of(reader.getTranslation("privacy.timeline.started",
                    kind(f, reader)));
            case "PRIVACY_REQUEST_DONE" -> Optional.of(reader.getTranslation("privacy.timeline.done",
                    kind(f, reader)));
            case "PRIVACY_REQUEST_REFUSED" -> Optional.of(reader.getTranslation("privacy.timeline.refused",
                    kind(f, reader)));
            default -> Optional.empty();
        };
    }

    private static String kind(Map<String, String> f, Component reader) {
        return reader.getTranslation("privacy.kind." + f.getOrDefault("kind", "CORRECTION"));
    }
}
