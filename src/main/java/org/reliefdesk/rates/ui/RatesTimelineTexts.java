package org.reliefdesk.rates.ui;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Optional;
import org.reliefdesk.casefile.TimelineTexts;

/** Words the true-cost module's audit entries in the reader's language. */
@org.springframework.stereotype.Component
class RatesTimelineTexts implements TimelineTexts {

    @Override
    public Optional<String> describe(String action, Map<String, String> facts, Component reader) {
        return switch (action) {
            case "RATES_STRUCTURE_SAVED" -> Optional.of(reader.getTranslation("rates.timeline.structure",
                    facts.get("lender"), method(facts.get("method"), reader), facts.get("fee")));
            case "RATES_FLOWS_SAVED" -> Optional.of(reader.getTranslation("rates.timeline.flows",
                    facts.get("lender"), facts.get("count"), facts.get("total")));
            default -> Optional.empty();
        };
    }

    private static String method(String name, Component reader) {
        return name == null || "NONE".equals(name) ? reader.getTranslation("rates.method.none")
                : reader.getTranslation("rates.method." + name);
    }
}
