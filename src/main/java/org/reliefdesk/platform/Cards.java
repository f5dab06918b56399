package org.reliefdesk.platform;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Cards for the client's phone page (classes {@code rd-portal-*} in reliefdesk.css): a section,
 * a vertical list, and cards of a title line then "label: value" lines, instead of grids with
 * columns that do not fit a 360 px screen.
 */
public final class Cards {

    private Cards() {
    }

    /** A section of the client's page with its id, full width, one column. */
    public static Div section(String id) {
        Div section = new Div();
        section.setId(id);
        section.addClassName("rd-portal-section");
        return section;
    }

    /** A vertical list of cards. */
    public static Div list(String id) {
        Div list = new Div();
        list.setId(id);
        list.addClassName("rd-portal-list");
        return list;
    }

    /** A card with a stable id and a title line. */
    public static Card card(String id, String title) {
        return new Card(id, title);
    }

    /** Makes a download or action full width with a large touch target. */
    public static <T extends Component & HasStyle & HasSize> T action(T action) {
        action.addClassName("rd-portal-button");
        action.setWidthFull();
        return action;
    }

    /** One card: a title, then label and value lines, then full-width actions. */
    public static final class Card extends Div {

        private Card(String id, String title) {
            setId(id);
            addClassName("rd-portal-card");
            Span heading = new Span(title);
            heading.addClassName("rd-portal-card-title");
            add(heading);
        }

        /** A "label: value" line. */
        public Card line(String label, String value) {
            return line(label, new Span(value));
        }

        /** A "label: value" line whose value is a component (a badge, a countdown). */
        public Card line(String label, Component value) {
            // The colon belongs to the language: "：" in Chinese, ": " in English.
            Span name = new Span(getTranslation("cards.label", label));
            name.addClassName("rd-portal-label");
            Div row = new Div(name, value);
            row.addClassName("rd-portal-line");
            add(row);
            return this;
        }

        /** A "label: amount" line, the amount larger. */
        public Card amount(String label, String formatted) {
            Span value = new Span(formatted);
            value.addClassName("rd-portal-amount");
            return line(label, value);
        }

        /** A line of text without a label (a warning, a note meant for the client). */
        public Card text(Component text) {
            add(text);
            return this;
        }

        /** A full-width action (a download anchor, a button). */
        public <T extends Component & HasStyle & HasSize> Card action(T action) {
            add(Cards.action(action));
            return this;
        }
    }
}
