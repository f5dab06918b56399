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
     * @param value the value as the client should read it (already formatted; never another person's data)
     */
    public record Item(String labelKey, String value) {
    }
}
