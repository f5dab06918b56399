package org.reliefdesk.collection;

/**
 * How often one collector showed one violation over a period, across all cases (no personal data).
 *
 * @param collector the lender or agency, whitespace normalised
 * @param agency whether it acted as a collection agency
 * @param violationCode a category name (e.g. {@code INSULT}) or a rule code (e.g. {@code NIGHT_CONTACT})
 * @param violationKey the i18n key naming it (collection bundle)
 * @param incidents how many incidents showed it
 * @param cases in how many cases
 */
public record ViolationCount(String collector, boolean agency, String violationCode, String violationKey,
                             long incidents, long cases) {
}
