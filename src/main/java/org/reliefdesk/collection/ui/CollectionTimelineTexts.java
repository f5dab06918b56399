package org.reliefdesk.collection.ui;

import com.vaadin.flow.component.Component;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reliefdesk.casefile.TimelineTexts;

/** Words the incident log's audit entries on the case timeline in the reader's language. */
@org.springframework.stereotype.Component
class CollectionTimelineTexts implements TimelineTexts {

    @Override
    public Optional<String> describe(String action, Map<String, String> f, Component reader) {
        return switch (action) {
            case "INCIDENT_RECORDED" -> Optional.of(reader.getTranslation(f.containsKey("callId")
                            ? "collection.timeline.fromCall" : "collection.timeline.recorded",
                    reader.getTranslation("collection.channel." + f.get("channel")), f.get("collector"), f.get("at"),
                    reader.getTranslation("collection.reached." + f.get("reached")), categories(f, reader)));
            case "INCIDENT_CORRECTED" -> Optional.of(reader.getTranslation("collection.timeline.corrected",
                    f.get("at"), f.get("collector"), list(f.getOrDefault("changed", ""), "collection.field.", reader)));
            case "COLLECTION_ATTEMPTS_IMPORTED" -> Optional.of(reader.getTranslation("collection.timeline.imported",
                    f.get("count"), f.get("unanswered"), f.get("collector"), f.getOrDefault("days", "")));
            default -> Optional.empty();
        };
    }

    private static String categories(Map<String, String> f, Component reader) {
        String list = list(f.getOrDefault("categories", ""), "collection.category.", reader);
        return list.isEmpty() ? "" : reader.getTranslation("collection.timeline.categories", list);
    }

    private static String list(String names, String prefix, Component reader) {
        return Arrays.stream(names.split(",")).filter(s -> !s.isBlank())
                .map(name -> reader.getTranslation(prefix + name)).collect(Collectors.joining(reader.getTranslation("collection.listSeparator")));
    }
}
