package org.reliefdesk.platform;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Locale;

/** 简体中文 / English, each named in its own language so anyone can find theirs. */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect(SerializableConsumer<Locale> onChange) {
        setId("language");
        setItems(Translations.SUPPORTED);
        setItemLabelGenerator(locale -> Translations.ENGLISH.equals(locale) ? "English" : "简体中文");
        setAriaLabel(getTranslation("nav.language"));
        addAttachListener(attach -> setValue(Translations.supported(attach.getUI().getLocale())));
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                onChange.accept(change.getValue());
            }
        });
        addClassName("rd-language");
    }
}
