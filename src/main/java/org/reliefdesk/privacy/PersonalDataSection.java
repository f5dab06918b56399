package org.reliefdesk.privacy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A titled group of what the portal holds, e.g. "Your debts".
 *
 * @param key a stable key for the JSON copy, e.g. "debts"
 * @param titleKey i18n key of the section's title
 * @param items the entries, each a label and its value as shown
 */
public record PersonalDataSection(String key, String titleKey, List<Item> items) {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    public PersonalDataSection {
        items = List.copyOf(items);
    }

    /**
     * A moment as the client reads it and a program parses it: Beijing time with its offset, to
     * the minute ({@code 2026-11-22T07:30+08:00}), never UTC (a 07:30 call is not the day before).
     */
    public static String beijing(Instant at) {
        return at == null ? "" : at.atZone(BEIJING).truncatedTo(ChronoUnit.MINUTES).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
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
