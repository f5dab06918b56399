package org.reliefdesk.negotiation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.reliefdesk.shared.Money;

/**
 * The payments a proposal implies on a debt's balance. Pure: the definitions
 * are in decision 009 and every branch is unit-tested.
 * <ul>
 * <li>Balance = principal × (1 − discount%) + interest + penalties and late fees. The debt records
 * penalty interest and late fees as one amount, so it is removed only when both are waived;
 * one waiver alone leaves it in (the estimate errs on the side of the client's budget).</li>
 * <li>Instalments n: the balance / n rounded to fen (HALF_EVEN), the last instalment takes
 * what rounding left so they sum exactly; the monthly figure is the largest.</li>
 * <li>Extension of m months without instalments: nothing for m months, then the balance at once;
 * the monthly figure is what must be set aside, the balance / m split as above.</li>
 * <li>Extension or pause with instalments: the instalments start after them.</li>
 * <li>Pause alone: 0 during the pause, temporary (the debt needs a plan afterwards).</li>
 * <li>Waivers or a discount alone: the reduced balance paid in one go, a one-off that is not
 * part of the monthly figure (monthly = 0, {@link PlanPayment#oneOff()} = the amount).</li>
 * </ul>
 */
public final class PaymentPlans {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PaymentPlans() {
    }

    public static PlanPayment of(DebtBalance balance, ProposalTerms terms) {
        Money principal = balance.principal();
        if (terms.discountPercent() != null) {
            principal = principal.minus(principal.times(terms.discountPercent().divide(HUNDRED)));
        }
        boolean bothWaived = terms.waivePenaltyInterest() && terms.waiveLateFees();
        Money due = principal.plus(balance.interest()).plus(bothWaived ? Money.ZERO : balance.penaltiesAndFees());
        int extension = terms.extensionMonths() == null ? 0 : terms.extensionMonths();
        int deferred = extension + pauseMonths(terms.pauseFrom(), terms.pauseUntil());
        Money owed = balance.total();
        if (terms.instalments() != null) {
            List<Money> payments = split(due, terms.instalments());
            return new PlanPayment(PlanPayment.Shape.INSTALMENTS, largest(payments), Money.ZERO, due, payments,
                    deferred, owed);
        }
        if (extension > 0) {
            return new PlanPayment(PlanPayment.Shape.SAVE_FOR_LUMP_SUM, largest(split(due, extension)), Money.ZERO,
                    due, List.of(due), deferred, owed);
        }
        if (terms.hasPause() && !terms.waivePenaltyInterest() && !terms.waiveLateFees()
                && terms.discountPercent() == null) {
            return new PlanPayment(PlanPayment.Shape.PAUSE_ONLY, Money.ZERO, Money.ZERO, Money.ZERO, List.of(),
                    deferred, owed);
        }
        return new PlanPayment(PlanPayment.Shape.LUMP_SUM, Money.ZERO, due, due, List.of(due), deferred, owed);
    }

    /**
     * A plan as it was stored when its proposal was sent or accepted: the figures are
     * those of that day, whatever the debt's balance is now. The payments are laid
     * out again from the stored total with the (unchangeable) terms.
     */
    public static PlanPayment stored(PlanPayment.Shape shape, Money monthly, Money oneOff, Money total,
            Money balance, ProposalTerms terms) {
        int extension = terms.extensionMonths() == null ? 0 : terms.extensionMonths();
        int deferred = extension + pauseMonths(terms.pauseFrom(), terms.pauseUntil());
        List<Money> payments = switch (shape) {
            case INSTALMENTS -> split(total, terms.instalments());
            case SAVE_FOR_LUMP_SUM, LUMP_SUM -> List.of(total);
            case PAUSE_ONLY -> List.of();
        };
        return new PlanPayment(shape, monthly, oneOff, total, payments, deferred, balance);
    }

    /** {@code count} payments that sum exactly to {@code total}: equal ones, the last taking the rounding. */
    public static List<Money> split(Money total, int count) {
        Money each = Money.of(total.amount().divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_EVEN));
        List<Money> payments = new ArrayList<>(count);
        for (int i = 1; i < count; i++) {
            payments.add(each);
        }
        payments.add(total.minus(each.times(BigDecimal.valueOf(count - 1L))));
        return payments;
    }

    /** Whole months the pause covers, a started month counting as one. */
    static int pauseMonths(LocalDate from, LocalDate until) {
        if (from == null || until == null) {
            return 0;
        }
        LocalDate end = until.plusDays(1);
        long months = ChronoUnit.MONTHS.between(from, end);
        return (int) (from.plusMonths(months).isBefore(end) ? months + 1 : months);
    }

    private static Money largest(List<Money> payments) {
        return payments.stream().max(Money::compareTo).orElse(Money.ZERO);
    }
}
