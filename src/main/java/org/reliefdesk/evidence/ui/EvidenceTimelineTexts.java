package org.reliefdesk.evidence.ui;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Optional;
import org.reliefdesk.casefile.TimelineTexts;

/** Words the vault's audit entries on the case timeline in the reader's language. */
@org.springframework.stereotype.Component
class EvidenceTimelineTexts implements TimelineTexts {

    @Override
    public Optional<String> describe(String action, Map<String, String> f, Component ui) {
        String name = f.getOrDefault("name", "");
        return Optional.ofNullable(switch (action) {
            case "EVIDENCE_UPLOADED" -> ui.getTranslation("evidence.timeline.uploaded", name,
                    ui.getTranslation("evidence.category." + f.get("category")));
            case "EVIDENCE_DOWNLOADED", "EVIDENCE_PREVIEWED", "EVIDENCE_PLAYED" ->
                    ui.getTranslation("audit.action." + action) + ": " + name;
            case "EVIDENCE_SHARED" -> ui.getTranslation("evidence.timeline.shared", name);
            case "EVIDENCE_UNSHARED" -> ui.getTranslation("evidence.timeline.unshared", name);
            case "EVIDENCE_LINKED" -> ui.getTranslation("evidence.timeline.linked", name,
                    ui.getTranslation("evidence.kind." + f.get("kind")), f.get("target"));
            case "EVIDENCE_UNLINKED" -> ui.getTranslation("evidence.timeline.unlinked", name,
                    ui.getTranslation("evidence.kind." + f.get("kind")), f.get("target"));
            case "EVIDENCE_DAMAGED" -> ui.getTranslation("evidence.timeline.damaged", name);
            case "EVIDENCE_MISSING" -> ui.getTranslation("evidence.timeline.missing", name);
            default -> null;
        });
    }
}
