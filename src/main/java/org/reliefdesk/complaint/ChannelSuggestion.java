package org.reliefdesk.complaint;

/**
 * A channel the form suggests, and why.
 *
 * @param reasonKey the i18n key of the reason, e.g. {@code complaint.suggest.threat}
 */
public record ChannelSuggestion(ChannelCode code, String reasonKey) {
}
