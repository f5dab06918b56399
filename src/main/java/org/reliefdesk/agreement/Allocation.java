package org.reliefdesk.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reliefdesk.shared.Money;

/**
 * Allocates payments to a schedule (decision 013). Pure: payments in date order (then
 * the order they were recorded) fill the earliest open instalment first; what one pays
 * beyond an instalment flows to the next; what is left after the last is credit, never lost.
 * Reversed payments are simply not passed in.
 */
public final class Allocation {

    private Allocation() {
    }

    /** A payment as allocation sees it. */
    public record Paid(long id, LocalDate on, Money amount) {
    }

    public record Result(List<InstalmentState> instalments, Money paid, Money remaining, Money credit) {

        public boolean complete() {
            return instalments.stream().allMatch(i -> i.open().isZero());
        }

        public List<InstalmentState> missed() {
            return instalments.stream().filter(i -> i.status() == InstalmentStatus.MISSED).toList();
        }

        /** The first instalment not fully paid, or null. */
        public InstalmentState next() {
            return instalments.stream().filter(i -> i.open().isPositive()).findFirst().orElse(null);
        }
    }

    public static Result allocate(List<Instalment> schedule, List<Paid> payments, LocalDate today) {
        Money[] paid = new Money[schedule.size()];
        LocalDate[] completedOn = new LocalDate[schedule.size()];
        java.util.Arrays.fill(paid, Money.ZERO);
        Money credit = Money.ZERO;
        Money total = Money.ZERO;
        List<Paid> ordered = payments.stream()
                .sorted(Comparator.comparing(Paid::on).thenComparingLong(Paid::id)).toList();
        int at = 0;
        for (Paid p : ordered) {
            total = total.plus(p.amount());
            Money left = p.amount();
            while (left.isPositive() && at < schedule.size()) {
                Money open = schedule.get(at).amount().minus(paid[at]);
                Money take = left.min(open);
                paid[at] = paid[at].plus(take);
                left = left.minus(take);
                if (paid[at].compareTo(schedule.get(at).amount()) == 0) {
                    completedOn[at] = p.on();
                    at++;
                }
            }
            credit = credit.plus(left);
        }
        List<InstalmentState> states = new ArrayList<>(schedule.size());
        Money remaining = Money.ZERO;
        for (int i = 0; i < schedule.size(); i++) {
            Instalment inst = schedule.get(i);
            remaining = remaining.plus(inst.amount().minus(paid[i]));
            states.add(new InstalmentState(inst, paid[i], completedOn[i], status(inst, paid[i], completedOn[i],
                    today)));
        }
        return new Result(states, total, remaining, credit);
    }

    static InstalmentStatus status(Instalment inst, Money paid, LocalDate completedOn, LocalDate today) {
        if (completedOn != null) {
            return completedOn.isAfter(inst.due()) ? InstalmentStatus.PAID_LATE : InstalmentStatus.PAID;
        }
        if (today.isAfter(inst.due())) {
            return InstalmentStatus.MISSED;
        }
        return paid.isPositive() ? InstalmentStatus.PARTLY_PAID : InstalmentStatus.UPCOMING;
    }
}
