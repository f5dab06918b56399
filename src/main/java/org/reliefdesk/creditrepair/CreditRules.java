package org.reliefdesk.creditrepair;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rule versions, and which one is in force on a day: the latest of its code that
 * started on or before it. A version not yet in force on the day is never used.
 */
public record CreditRules(List<CreditRule> versions) {

    public CreditRules {
        versions = List.copyOf(versions);
    }

    public static CreditRules of(Collection<CreditRule> versions) {
        return new CreditRules(List.copyOf(versions));
    }

    public Optional<CreditRule> inForce(RuleCode code, LocalDate on) {
        return versions.stream().filter(r -> r.code() == code && !r.effectiveFrom().isAfter(on))
                .max(Comparator.comparing(CreditRule::effectiveFrom));
    }

    /** When a negative record settled on {@code settledOn} is deleted, under the rule in force on that day. */
    public Optional<LocalDate> expiresOn(LocalDate settledOn) {
        return settledOn == null ? Optional.empty()
                : inForce(RuleCode.RETENTION_YEARS, settledOn).map(r -> r.applyTo(settledOn));
    }

    /** When the answer to a dispute filed on {@code filedOn} is due, under the rule in force on that day. */
    public Optional<LocalDate> disputeDueOn(LocalDate filedOn) {
        return inForce(RuleCode.DISPUTE_ANSWER_DAYS, filedOn).map(r -> r.applyTo(filedOn));
    }

    /** When the next credit report check is due after one on {@code lastCheck}. */
    public Optional<LocalDate> nextCheckOn(LocalDate lastCheck) {
        return inForce(RuleCode.RECHECK_MONTHS, lastCheck).map(r -> r.applyTo(lastCheck));
    }
}
