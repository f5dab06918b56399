package org.reliefdesk.complaint;

import java.time.LocalDate;
import org.reliefdesk.shared.InvalidValueException;

/**
 * A channel's deadline for answering a complaint, in calendar days counted from the
 * day after filing (a complaint filed on 1 March with 15 days is due on 16 March).
 * Working days are not modelled (decision 011).
 *
 * @param answerDays the ordinary deadline
 * @param extendableToDays how far it may be extended with a reason, or null for no extension
 * @param maxDays the absolute limit in special cases, or null (then {@code extendableToDays})
 * @param source where the rule comes from
 */
public record AnswerRule(int answerDays, Integer extendableToDays, Integer maxDays, String source) {

    public AnswerRule {
        if (answerDays < 1 || (extendableToDays != null && extendableToDays < answerDays)
                || (maxDays != null && maxDays < (extendableToDays == null ? answerDays : extendableToDays))) {
            throw new IllegalArgumentException("Inconsistent answer rule");
        }
    }

    public LocalDate dueOn(LocalDate filedOn) {
        return filedOn.plusDays(answerDays);
    }

    /** The latest date an extension may reach (the special-case maximum when there is one). */
    public LocalDate latestOn(LocalDate filedOn) {
        Integer limit = maxDays != null ? maxDays : extendableToDays;
        return filedOn.plusDays(limit == null ? answerDays : limit);
    }

    /** The ordinary extension's date; beyond it only special cases (up to {@link #latestOn}). */
    public LocalDate extendableOn(LocalDate filedOn) {
        return filedOn.plusDays(extendableToDays == null ? answerDays : extendableToDays);
    }

    /**
     * Checks an extension of the due date to {@code newDue}.
     *
     * @throws InvalidValueException without a reason, not later than now due, or beyond the maximum
     */
    public void checkExtension(LocalDate filedOn, LocalDate currentDue, LocalDate newDue, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw new InvalidValueException("complaint.error.extensionReason");
        }
        if (newDue == null || !newDue.isAfter(currentDue)) {
            throw new InvalidValueException("complaint.error.extensionNotLater", currentDue.toString());
        }
        if (newDue.isAfter(latestOn(filedOn))) {
            throw new InvalidValueException("complaint.error.extensionBeyondMax", latestOn(filedOn).toString());
        }
    }
}
