package org.reliefdesk.court.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Locale;
import org.reliefdesk.court.LegalActionStatus;
import org.reliefdesk.court.LegalActionView;

/** The deadline of a legal action in words, with urgent styling. */
final class Texts {

    private Texts() {
    }

    /** The countdown badge of an action (id {@code court-deadline-<id>}, class {@code court-deadline-urgent}). */
    static Span deadline(Component reader, LegalActionView v, LocalDate today) {
        Span badge = new Span(deadlineText(reader, v, today));
        badge.setId("court-deadline-" + v.id());
        boolean urgent = v.urgentOn(today);
        badge.getElement().getThemeList().add(urgent ? "badge error primary"
                : v.awaitingResponse() ? "badge" : "badge contrast");
        if (urgent) {
            badge.addClassName("court-deadline-urgent");
            badge.getElement().setAttribute("data-urgent", "true");
        }
        if (v.dueOn() != null) {
            badge.getElement().setAttribute("title", v.rule().text(locale(reader)));
        }
        return badge;
    }

    /** The reader's language, from the bundle it reads (a component's own locale is not public). */
    static Locale locale(Component reader) {
        return Locale.forLanguageTag(reader.getTranslation("court.lang"));
    }

    static String deadlineText(Component reader, LegalActionView v, LocalDate today) {
        String response = v.rule().response(locale(reader));
        if (v.status() == LegalActionStatus.WITHDRAWN) {
            return reader.getTranslation("court.deadline.withdrawn");
        }
        if (v.dueOn() == null) {
            return reader.getTranslation("court.deadline.none");
        }
        if (v.responseFiledOn() != null) {
            return reader.getTranslation("court.deadline.filed", response, v.responseFiledOn().toString());
        }
        if (v.status() == LegalActionStatus.CLOSED) {
            return reader.getTranslation("court.deadline.closed");
        }
        long left = v.daysLeft(today);
        String text = left > 0 ? reader.getTranslation("court.deadline.left", response, v.dueOn().toString(), left)
                : left == 0 ? reader.getTranslation("court.deadline.today", response, v.dueOn().toString())
                : reader.getTranslation("court.deadline.overdue", response, v.dueOn().toString(), -left);
        return v.dueOnWeekend() ? text + reader.getTranslation("court.deadline.weekend") : text;
    }
}
