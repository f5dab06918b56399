package org.reliefdesk.collection.ui;

import com.vaadin.flow.component.Component;
import org.reliefdesk.collection.FrequencyFinding;

/** A day's finding in words, e.g. "9 unanswered attempts from 138... by X on 2026-11-20 (max 6)". */
final class Findings {

    private Findings() {
    }

    static String text(FrequencyFinding f, Component reader) {
        String numbers = f.numbers().isEmpty() ? "—" : String.join(", ", f.numbers());
        String key = switch (f.rule().kind()) {
            case UNANSWERED_ATTEMPTS -> "collection.finding.unanswered";
            case AUTOMATED_CONNECTED -> "collection.finding.automated";
            default -> "collection.finding.night";
        };
        return reader.getTranslation(key, f.count(), numbers, f.collector(), f.day().toString(), f.max(),
                f.rule().title(FlagBadges.locale(reader)));
    }
}
