package org.reliefdesk.creditrepair.ui;

import com.vaadin.flow.component.Component;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reliefdesk.casefile.TimelineTexts;

/** Words credit repair's audit entries on the case timeline in the reader's language. */
@org.springframework.stereotype.Component
class CreditTimelineTexts implements TimelineTexts {

    @Override
    public Optional<String> describe(String action, Map<String, String> f, Component reader) {
        String date = f.getOrDefault("date", "");
        return Optional.ofNullable(switch (action) {
            case "CREDIT_CHECK_RECORDED" -> reader.getTranslation("creditrepair.timeline.checkRecorded", date,
                    reader.getTranslation("creditrepair.source." + f.get("source")));
            case "CREDIT_CHECK_CORRECTED" -> reader.getTranslation("creditrepair.timeline.checkCorrected", date,
                    changed(f, reader));
            case "CREDIT_ENTRY_ADDED" -> reader.getTranslation("creditrepair.timeline.entryAdded",
                    f.getOrDefault("lender", ""), reader.getTranslation("creditrepair.kind." + f.get("kind")),
                    expiry(f, reader));
            case "CREDIT_ENTRY_CORRECTED" -> reader.getTranslation("creditrepair.timeline.entryCorrected",
                    f.getOrDefault("lender", ""), changed(f, reader));
            case "CREDIT_DISPUTE_FILED" -> reader.getTranslation("creditrepair.timeline.disputeFiled",
                    reader.getTranslation("creditrepair.party." + f.get("party"))
                            + (f.getOrDefault("institution", "").isEmpty() ? "" : "（" + f.get("institution") + "）"),
                    date, f.getOrDefault("due", ""));
            case "CREDIT_DISPUTE_ANSWERED", "CREDIT_DISPUTE_UPHELD", "CREDIT_DISPUTE_REJECTED",
                    "CREDIT_DISPUTE_WITHDRAWN" -> reader.getTranslation("creditrepair.timeline.disputeMoved",
                    f.getOrDefault("filed", ""), reader.getTranslation("creditrepair.status." + f.get("to")), date);
            case "CREDIT_OUTCOME_RECORDED" -> reader.getTranslation("creditrepair.timeline.outcomeRecorded",
                    f.getOrDefault("settled", ""), f.getOrDefault("waived", ""), f.getOrDefault("months", ""));
            case "CREDIT_OUTCOME_CORRECTED" -> reader.getTranslation("creditrepair.timeline.outcomeCorrected",
                    changed(f, reader));
            default -> null;
        });
    }

    private static String expiry(Map<String, String> f, Component reader) {
        String expires = f.getOrDefault("expires", "");
        return expires.isEmpty() ? reader.getTranslation("creditrepair.countdown.unsettled")
                : reader.getTranslation("creditrepair.timeline.expires", expires);
    }

    private static String changed(Map<String, String> f, Component reader) {
        return Arrays.stream(f.getOrDefault("changed", "").split(",")).filter(s -> !s.isBlank())
                .map(field -> reader.getTranslation("creditrepair.field." + field)).collect(Collectors.joining(", "));
    }
}
