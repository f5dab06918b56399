package org.reliefdesk.reporting.ui;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Optional;
import org.reliefdesk.casefile.TimelineTexts;

/** Words the CSV exports of a case's lists (action LIST_EXPORTED, any module) on the case timeline. */
@org.springframework.stereotype.Component
class ExportTimelineTexts implements TimelineTexts {

    @Override
    public Optional<String> describe(String action, Map<String, String> facts, Component reader) {
        if (!"LIST_EXPORTED".equals(action)) {
            return Optional.empty();
        }
        String list = reader.getTranslation("reporting.list." + facts.getOrDefault("list", ""));
        return Optional.of(reader.getTranslation("reporting.timeline.exported",
                list.startsWith("!") ? facts.getOrDefault("list", "") : list, facts.getOrDefault("rows", "")));
    }
}
