package org.reliefdesk.court.ui;

import com.vaadin.flow.component.Component;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reliefdesk.casefile.TimelineTexts;

/** Words the court papers' audit entries on the case timeline in the reader's language. */
@org.springframework.stereotype.Component
class CourtTimelineTexts implements TimelineTexts {

    @Override
    public Optional<String> describe(String action, Map<String, String> f, Component reader) {
        String type = f.containsKey("type") ? reader.getTranslation("court.type." + f.get("type")) : "";
        return switch (action) {
            case "LEGAL_ACTION_ADDED" -> Optional.of(reader.getTranslation("court.timeline.added", type,
                    f.get("court"), f.get("servedOn"), f.getOrDefault("lender", ""), due(f, reader)));
            case "LEGAL_ACTION_CORRECTED" -> Optional.of(reader.getTranslation("court.timeline.corrected", type,
                    f.get("court"), Arrays.stream(f.getOrDefault("changed", "").split(",")).filter(s -> !s.isBlank())
                            .map(field -> reader.getTranslation("court.field." + field))
                            .collect(Collectors.joining(", ")), due(f, reader)));
            case "LEGAL_ACTION_RESPONSE_FILED" -> Optional.of(reader.getTranslation("court.timeline.filed", type,
                    f.get("court"), f.get("filedOn"), f.get("dueOn")));
            case "LEGAL_ACTION_CHECKLIST_SAVED" -> Optional.of(reader.getTranslation("court.timeline.checklist",
                    type, f.get("court")));
            case "LEGAL_ACTION_ENDED" -> Optional.of(reader.getTranslation("court.timeline.ended." + f.get("status"),
                    type, f.get("court")));
            default -> Optional.empty();
        };
    }

    private static String due(Map<String, String> f, Component reader) {
        String due = f.getOrDefault("dueOn", "");
        return due.isEmpty() ? reader.getTranslation("court.timeline.noDeadline")
                : reader.getTranslation("court.timeline.due", due);
    }
}
