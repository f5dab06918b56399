package org.reliefdesk.complaint.ui;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Optional;
import org.reliefdesk.casefile.TimelineTexts;

/** Words the complaints' audit entries on the case timeline in the reader's language. */
@org.springframework.stereotype.Component
class ComplaintTimelineTexts implements TimelineTexts {

    @Override
    public Optional<String> describe(String action, Map<String, String> f, Component reader) {
        String respondent = f.getOrDefault("respondent", "");
        String channel = f.get("channel") == null ? "" : reader.getTranslation("complaint.channel." + f.get("channel"));
        String date = f.getOrDefault("date", "");
        return Optional.ofNullable(switch (action) {
            case "COMPLAINT_DRAFTED" -> reader.getTranslation("complaint.timeline.drafted", respondent, channel);
            case "COMPLAINT_UPDATED" -> reader.getTranslation("complaint.timeline.updated", respondent, channel);
            case "COMPLAINT_FILED" -> reader.getTranslation("complaint.timeline.filed", respondent, channel, date,
                    f.getOrDefault("due", "").isEmpty() ? reader.getTranslation("complaint.dueOn.none") : f.get("due"));
            case "COMPLAINT_ACKNOWLEDGED" -> reader.getTranslation("complaint.timeline.acknowledged", respondent,
                    channel, date);
            case "COMPLAINT_ANSWERED" -> reader.getTranslation("complaint.timeline.answered", respondent, channel,
                    date);
            case "COMPLAINT_ESCALATED" -> reader.getTranslation("complaint.timeline.escalated", respondent, date);
            case "COMPLAINT_CLOSED" -> reader.getTranslation("complaint.timeline.closed", respondent, date);
            case "COMPLAINT_EXTENDED" -> reader.getTranslation("complaint.timeline.extended", respondent,
                    f.getOrDefault("from", ""), f.getOrDefault("to", ""));
            case "COMPLAINT_NOTE_ADDED" -> reader.getTranslation("complaint.timeline.note", respondent);
            case "COMPLAINT_LETTER_DOWNLOADED" -> reader.getTranslation("complaint.timeline.letter", respondent);
            case "COMPLAINT_BUNDLE_DOWNLOADED" -> reader.getTranslation("complaint.timeline.bundle", respondent);
            default -> null;
        });
    }
}
