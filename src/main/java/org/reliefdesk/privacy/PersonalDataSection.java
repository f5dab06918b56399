package org.reliefdesk.privacy;

import java.util.List;

/**
 * A titled group of what the portal holds, e.g. "Your debts".
 *
 * @param key a stable key for the JSON copy, e.g. "debts"
 * @param titleKey i18n key of the section's title
 * @param items the entries, each a label and its value as shown
 */
public record PersonalDataSection(String key, String titleKey, List<Item> items) {

    public PersonalDataSection {
        items = List.copyOf(items);
    }

    /**
     * @param labelKey i18n key of the label
     * @param value the value as the client should read it (already formatted; never another person's data);
     *              for a coded value, the code (e.g. {@code SENSITIVE_DATA}), which the JSON copy keeps
     * @param valueKey i18n key that words a coded value in the reader's language, or {@code null}
     */
    public record Item(String labelKey, String value, String valueKey) {

        public Item(String labelKey, String value) {
            this(labelKey, value, null);
        }

        /** A coded value: {@code code} in the JSON copy, {@code prefix + code} translated on screen and in the PDF. */
        public static Item coded(String labelKey, Enum<?> code, String prefix) {
            return code == null ? new Item(labelKey, "") : new Item(labelKey, code.name(), prefix + code.name());
        }
    }
}
