package org.reliefdesk.negotiation.ui;

import com.vaadin.flow.component.Component;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reliefdesk.casefile.TimelineTexts;

/** Words the proposals' audit entries on the case timeline in the reader's language. */
@org.springframework.stereotype.Component
class NegotiationTimelineTexts implements TimelineTexts {

    @Override
    public Optional<String> describe(String action, Map<String, String> f, Component reader) {
        return switch (action) {
            case "PROPOSAL_CREATED", "PROPOSAL_COUNTERED", "PROPOSAL_EDITED" -> Optional.of(reader.getTranslation(
                    "negotiation.timeline.proposal", f.get("proposalId"), f.get("lender"),
                    reader.getTranslation("negotiation.side." + f.get("side")),
                    Arrays.stream(f.getOrDefault("kinds", "").split(",")).filter(s -> !s.isBlank())
                            .map(k -> reader.getTranslation("negotiation.kind." + k))
                            .collect(Collectors.joining(" + ")),
                    reader.getTranslation("negotiation.status." + f.get("status"))));
            case "PROPOSAL_STATUS" -> Optional.of(reader.getTranslation("negotiation.timeline.status",
                    f.get("proposalId"), f.get("lender"), reader.getTranslation("negotiation.status." + f.get("from")),
                    reader.getTranslation("negotiation.status." + f.get("to"))));
            default -> Optional.empty();
        };
    }
}
