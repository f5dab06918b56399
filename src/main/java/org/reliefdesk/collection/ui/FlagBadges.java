package org.reliefdesk.collection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.shared.Tooltip;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.reliefdesk.collection.ConductRule;

/** Red badges naming the rules an incident breaks; the tooltip gives the rule's summary and source. */
final class FlagBadges {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BEIJING);

    private FlagBadges() {
    }

    static Component of(List<ConductRule> flags, Component reader) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        flags.forEach(rule -> badges.add(badge(rule, reader)));
        return badges;
    }

    static Span badge(ConductRule rule, Component reader) {
        Span badge = new Span(rule.title(locale(reader)));
        badge.getElement().getThemeList().add("badge error primary small");
        badge.addClassName("incident-flag");
        badge.getElement().setAttribute("data-rule", rule.code());
        Tooltip.forComponent(badge).setText(detail(rule, reader));
        return badge;
    }

    /** The reader's language as the bundles resolve it (Component#getLocale is not public). */
    static Locale locale(Component reader) {
        return Locale.forLanguageTag(reader.getTranslation("collection.lang"));
    }

    /** "summary (source; in force from date)" in the reader's language. */
    static String detail(ConductRule rule, Component reader) {
        return reader.getTranslation("collection.flag.detail", rule.summary(locale(reader)), rule.source(),
                rule.effectiveFrom().toString());
    }
}
