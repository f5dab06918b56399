package org.reliefdesk.privacy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.reliefdesk.privacy.PersonalDataSection;

/** One section of the data view: its title and each label with its value, stacked for a phone. */
final class SectionList extends Div {

    SectionList(PersonalDataSection section) {
        setId("my-data-section-" + section.key());
        addClassName("rd-my-data-section");
        add(new H3(getTranslation(section.titleKey())));
        if (section.items().isEmpty()) {
            add(new Paragraph(getTranslation("privacy.none")));
        }
        for (PersonalDataSection.Item item : section.items()) {
            Span label = new Span(getTranslation(item.labelKey()) + ": ");
            label.getStyle().set("font-weight", "600");
            String value = item.valueKey() != null ? getTranslation(item.valueKey()) : item.value();
            Div row = new Div(label, new Span(value == null || value.isEmpty() ? "—" : value));
            row.addClassName("rd-my-data-item");
            add(row);
        }
    }
}
