package org.reliefdesk.complaint;

/**
 * A conduct rule an incident breaks, as the rule data stood on the incident's date.
 *
 * @param code the rule's stable code, e.g. {@code NIGHT_CONTACT}
 * @param titleZh its short title in Chinese (the letter is written in Chinese)
 * @param titleEn its short title in English
 * @param summaryZh what the rule says, in Chinese
 * @param summaryEn what the rule says, in English
 * @param source where the rule comes from, e.g. "GB/T 45251-2025" or "中国互联网金融协会 2018 公约 第16条"
 */
public record BrokenRule(String code, String titleZh, String titleEn, String summaryZh, String summaryEn,
                         String source) {
}
