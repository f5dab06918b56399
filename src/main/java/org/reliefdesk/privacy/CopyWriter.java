package org.reliefdesk.privacy;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reliefdesk.platform.ChinesePdf;
import org.reliefdesk.platform.Translations;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the client's copy. JSON keys are stable and English (the section keys and label keys);
 * labels and titles are added in the reader's language. The PDF is a {@link ChinesePdf} like the
 * agreement and the complaint letter (both bundled fonts embedded as subsets).
 */
@Component
class CopyWriter {

    static final String FORMAT = "reliefdesk.personal-data.v1";

    private final I18NProvider translations;

    CopyWriter(I18NProvider translations) {
        this.translations = translations;
    }

    byte[] json(long caseId, List<PersonalDataSection> sections, Locale locale, Instant at) {
        Locale reader = Translations.supported(locale);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("caseId", caseId);
        root.put("generatedAt", at.toString());
        root.put("language", reader.toLanguageTag());
        Map<String, Object> bySection = new LinkedHashMap<>();
        for (PersonalDataSection section : sections) {
            List<Map<String, String>> items = new ArrayList<>();
            for (PersonalDataSection.Item item : section.items()) {
                Map<String, String> entry = new LinkedHashMap<>();
                entry.put("field", item.labelKey());
                entry.put("label", t(reader, item.labelKey()));
                entry.put("value", item.value());
                if (item.valueKey() != null) {
                    entry.put("text", t(reader, item.valueKey()));
                }
                items.add(entry);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", t(reader, section.titleKey()));
            body.put("items", items);
            bySection.put(section.key(), body);
        }
        root.put("sections", bySection);
        return JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    byte[] pdf(long caseId, List<PersonalDataSection> sections, Locale locale, Instant at) {
        Locale reader = Translations.supported(locale);
        try (ChinesePdf pdf = ChinesePdf.open("Personal data, case " + caseId)) {
            pdf.title(t(reader, "privacy.pdf.title"));
            pdf.note(t(reader, "privacy.pdf.generated", caseId, at.toString()));
            for (PersonalDataSection section : sections) {
                pdf.heading(t(reader, section.titleKey()));
                if (section.items().isEmpty()) {
                    pdf.item(t(reader, "privacy.none"));
                }
                for (PersonalDataSection.Item item : section.items()) {
                    String value = item.valueKey() != null ? t(reader, item.valueKey()) : item.value();
                    pdf.labelValue(t(reader, item.labelKey()), value);
                }
            }
            return pdf.finish();
        }
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
