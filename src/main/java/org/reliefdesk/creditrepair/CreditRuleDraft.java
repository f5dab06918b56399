package org.reliefdesk.creditrepair;

import java.time.LocalDate;

/** A new version of a credit-repair rule: from a later date, with its figure and where it comes from. */
public record CreditRuleDraft(RuleCode code, LocalDate effectiveFrom, Integer amount, boolean practice,
        String source) {
}
