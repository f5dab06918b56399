package org.reliefdesk.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;

/**
 * Lays out an agreement's instalments (decision 013). Pure.
 * <ul>
 * <li>Amounts: the total / n rounded to fen (HALF_EVEN); the last instalment absorbs the
 * remainder, so they sum exactly to the total.</li>
 * <li>Dates: instalment k is due {@code firstDue.plusMonths(k - 1)}, always counted from the
 * first date, so the day of month is kept and clamped per month (31 Jan, 28/29 Feb, 31 Mar),
 * never drifting after a short month.</li>
 * </ul>
 */
public final class Schedules {

    private Schedules() {
    }

    public static List<Instalment> monthly(Money total, int count, LocalDate firstDue) {
        if (total == null || !total.isPositive() || count < 1 || firstDue == null) {
            throw new InvalidValueException("agreement.error.schedule");
        }
        Money each = Money.of(total.amount().divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_EVEN));
        List<Instalment> out = new ArrayList<>(count);
        for (int k = 1; k < count; k++) {
            out.add(new Instalment(k, firstDue.plusMonths(k - 1L), each));
        }
        out.add(new Instalment(count, firstDue.plusMonths(count - 1L),
                total.minus(each.times(BigDecimal.valueOf(count - 1L)))));
        return out;
    }

    /** A settlement: the whole amount at once. */
    public static List<Instalment> oneOff(Money total, LocalDate due) {
        return monthly(total, 1, due);
    }

    public static Money sum(List<Instalment> schedule) {
        return schedule.stream().map(Instalment::amount).reduce(Money.ZERO, Money::plus);
    }
}
