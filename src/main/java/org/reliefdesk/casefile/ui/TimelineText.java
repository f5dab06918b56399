package org.reliefdesk.casefile.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reliefdesk.audit.AuditEntry;
import org.reliefdesk.casefile.TimelineTexts;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts an audit entry into the reader's language from the facts stored with it;
 * entries without facts (or of kinds not listed here) show their English summary.
 */
final class TimelineText {

    private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {
    };

    private TimelineText() {
    }

    static String describe(Component ui, AuditEntry entry, List<TimelineTexts> features) {
        if (entry.details() == null) {
            return entry.summary();
        }
        Map<String, String> f = JsonMapper.shared().readValue(entry.details(), FACTS);
        return switch (entry.action()) {
            case "STAGE_MOVED" -> ui.getTranslation("timeline.stageMoved", stage(ui, f.get("from")),
                    stage(ui, f.get("to")), f.getOrDefault("reason", ""));
            case "CONSENT_GIVEN", "CONSENT_WITHDRAWN" -> ui.getTranslation("timeline.consent",
                    ui.getTranslation("consent." + f.get("kind")), f.get("date"),
                    ui.getTranslation("consent.method." + f.get("method")));
            case "BUDGET_SAVED" -> ui.getTranslation("timeline.budget", f.get("income"), f.get("available"));
            case "DEBT_ADDED" -> ui.getTranslation("timeline.debtAdded", f.get("lender"), f.get("outstanding"));
            case "DEBT_RESOLVED" -> ui.getTranslation("timeline.debtResolved", f.get("lender"),
                    ui.getTranslation("debt.resolution." + f.get("to")), f.getOrDefault("on", ""),
                    f.getOrDefault("reason", ""));
            case "CASE_ASSIGNED" -> ui.getTranslation("timeline.assigned", f.get("to"));
            default -> features.stream()
                    .map(texts -> texts.describe(entry.action(), f, ui))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .orElse(entry.summary());
        };
    }

    private static String stage(Component ui, String name) {
        return name == null ? "" : ui.getTranslation("stage." + name);
    }
}
