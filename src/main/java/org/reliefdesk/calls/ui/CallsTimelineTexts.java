package org.reliefdesk.calls.ui;

import com.vaadin.flow.component.Component;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reliefdesk.casefile.TimelineTexts;

/** Words the call log's audit entries on the case timeline in the reader's language. */
@org.springframework.stereotype.Component
class CallsTimelineTexts implements TimelineTexts {

    @Override
    public Optional<String> describe(String action, Map<String, String> f, Component reader) {
        return switch (action) {
            case "CALL_LOGGED" -> Optional.of(reader.getTranslation("calls.timeline.logged",
                    reader.getTranslation("calls.direction." + f.get("direction")),
                    reader.getTranslation("calls.party." + f.get("party")), f.get("at"), f.get("minutes"),
                    reader.getTranslation("calls.outcome." + f.get("outcome")), f.getOrDefault("lender", "")));
            case "CALL_CORRECTED" -> Optional.of(reader.getTranslation("calls.timeline.corrected", f.get("at"),
                    reader.getTranslation("calls.party." + f.get("party")),
                    Arrays.stream(f.getOrDefault("changed", "").split(",")).filter(s -> !s.isBlank())
                            .map(field -> reader.getTranslation("calls.field." + field))
                            .collect(Collectors.joining(", "))));
            case "CALL_NEXT_STEP_DONE" -> Optional.of(reader.getTranslation("calls.timeline.nextStepDone",
                    f.get("due"), f.get("doneOn")));
            default -> Optional.empty();
        };
    }
}
