package org.reliefdesk.negotiation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.reliefdesk.shared.InvalidValueException;

/**
 * The terms of a proposal; a term is part of it when its field is set (or true).
 * Any combination is possible, e.g. a 2-month pause and then 12 instalments with
 * penalty interest waived.
 *
 * @param extensionMonths the due date moves this many months later
 * @param instalments the balance is paid in this many monthly instalments
 * @param discountPercent percent taken off the outstanding principal (0 < p < 100)
 * @param pauseFrom first day of the pause of collection (停催)
 * @param pauseUntil last day of the pause
 */
public record ProposalTerms(
        Integer extensionMonths,
        Integer instalments,
        boolean waivePenaltyInterest,
        boolean waiveLateFees,
        BigDecimal discountPercent,
        LocalDate pauseFrom,
        LocalDate pauseUntil) {

    static final int MAX_EXTENSION_MONTHS = 60;
    static final int MAX_INSTALMENTS = 360;
    /** The seeds speak of 1-3 months; a year is the most anyone would ask. */
    static final int MAX_PAUSE_MONTHS = 12;
    /** A pause is recorded at most this long after it began (late paperwork)... */
    static final int PAUSE_FROM_AT_MOST_YEARS_AGO = 1;
    /** ...and ends at most this far ahead: the longest pause starting within a month. */
    static final int PAUSE_UNTIL_AT_MOST_MONTHS_AHEAD = 13;

    public static ProposalTerms instalments(int count) {
        return new ProposalTerms(null, count, false, false, null, null, null);
    }

    public Set<ProposalKind> kinds() {
        Set<ProposalKind> kinds = EnumSet.noneOf(ProposalKind.class);
        if (extensionMonths != null) {
            kinds.add(ProposalKind.EXTENSION);
        }
        if (instalments != null) {
            kinds.add(ProposalKind.INSTALMENTS);
        }
        if (waivePenaltyInterest) {
            kinds.add(ProposalKind.WAIVE_PENALTY_INTEREST);
        }
        if (waiveLateFees) {
            kinds.add(ProposalKind.WAIVE_LATE_FEES);
        }
        if (discountPercent != null) {
            kinds.add(ProposalKind.DISCOUNT);
        }
        if (pauseFrom != null || pauseUntil != null) {
            kinds.add(ProposalKind.PAUSE);
        }
        return kinds;
    }

    public boolean hasPause() {
        return pauseFrom != null && pauseUntil != null;
    }

    /**
     * Checks the terms; the first problem is thrown with a key naming the field.
     *
     * @param today the Beijing date, for the window a pause must lie in
     */
    public void check(LocalDate today) {
        require(!kinds().isEmpty(), "negotiation.error.noTerms");
        require(extensionMonths == null || (extensionMonths >= 1 && extensionMonths <= MAX_EXTENSION_MONTHS),
                "negotiation.error.extension");
        require(instalments == null || (instalments >= 1 && instalments <= MAX_INSTALMENTS),
                "negotiation.error.instalments");
        require(discountPercent == null || (discountPercent.signum() > 0
                && discountPercent.compareTo(BigDecimal.valueOf(100)) < 0
                && discountPercent.stripTrailingZeros().scale() <= 2), "negotiation.error.discount");
        require((pauseFrom == null) == (pauseUntil == null), "negotiation.error.pauseDates");
        require(pauseFrom == null || (!pauseUntil.isBefore(pauseFrom)
                && !pauseUntil.isAfter(pauseFrom.plusMonths(MAX_PAUSE_MONTHS))), "negotiation.error.pauseDates");
        LocalDate earliest = today.minusYears(PAUSE_FROM_AT_MOST_YEARS_AGO);
        LocalDate latest = today.plusMonths(PAUSE_UNTIL_AT_MOST_MONTHS_AHEAD);
        if (pauseFrom != null && (pauseFrom.isBefore(earliest) || pauseUntil.isAfter(latest))) {
            throw new InvalidValueException("negotiation.error.pauseRange", earliest.toString(), latest.toString());
        }
    }

    private static void require(boolean condition, String key) {
        if (!condition) {
            throw new InvalidValueException(key);
        }
    }
}
