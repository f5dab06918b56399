package org.reliefdesk.collection;

/** What a conduct rule checks; its parameters sit on the rule row. */
public enum RuleKind {
    /** Contact inside a window of the Beijing day (start inclusive, end exclusive; may wrap midnight). */
    NIGHT,
    /** More than {@code maxPerDay} unanswered call attempts by one collector on one contact in a Beijing day. */
    UNANSWERED_ATTEMPTS,
    /** More than {@code maxPerDay} connected automated calls from one collector in a Beijing day. */
    AUTOMATED_CONNECTED,
    /** A contact that reached one of the listed third parties. */
    THIRD_PARTY,
    /** An incident showing one of the listed categories. */
    CATEGORY
}
