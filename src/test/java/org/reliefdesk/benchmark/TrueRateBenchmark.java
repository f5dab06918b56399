package org.reliefdesk.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.casefile.RateBasis;
import org.reliefdesk.rates.CashFlow;
import org.reliefdesk.rates.Irr;
import org.reliefdesk.rates.PlannedFlow;
import org.reliefdesk.rates.RepaymentMethod;
import org.reliefdesk.rates.RepaymentStructure;
import org.reliefdesk.rates.Schedule;
import org.reliefdesk.rates.TrueRate;
import org.reliefdesk.shared.Money;

/**
 * Times the true rate of one debt over many generated debts (target ≤ 50 µs per debt):
 * the IRR alone on prepared flows, and schedule generation + IRR together. Warm-up first,
 * then p50/p95/p99 of single calls. Prints figures; asserts nothing. Run:
 * {@code ./mvnw -B -o -q test-compile exec:java -Dexec.mainClass=org.reliefdesk.benchmark.TrueRateBenchmark}
 * ({@code -Dbenchmark.debts=100000} to change the count).
 */
public final class TrueRateBenchmark {

    private TrueRateBenchmark() {
    }

    public static void main(String[] args) {
        int count = Integer.getInteger("benchmark.debts", 100_000);
        Random random = new Random(42);
        List<DebtDetails> debts = new ArrayList<>(count);
        List<RepaymentStructure> structures = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            RepaymentMethod method = RepaymentMethod.values()[random.nextInt(RepaymentMethod.values().length)];
            debts.add(debt(random, method));
            structures.add(new RepaymentStructure(method, null, Money.yuan(random.nextInt(4) * 25L),
                    method == RepaymentMethod.BULLET ? 7 + random.nextInt(360) : null));
        }
        List<List<CashFlow>> flows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            flows.add(flows(debts.get(i), Schedule.payments(debts.get(i), structures.get(i))));
        }
        int sizes = flows.stream().mapToInt(List::size).sum();

        // Warm-up: let the JIT compile the solver and the schedule code.
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < count; i++) {
                sink += Irr.of(flows.get(i)).status().ordinal();
                sink += Schedule.payments(debts.get(i), structures.get(i)).size();
            }
        }

        long[] irrOnly = new long[count];
        long[] withSchedule = new long[count];
        int noRate = 0;
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            TrueRate rate = Irr.of(flows.get(i));
            irrOnly[i] = System.nanoTime() - start;
            noRate += rate.status() == TrueRate.Status.RATE ? 0 : 1;
        }
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            DebtDetails debt = debts.get(i);
            TrueRate rate = Irr.of(flows(debt, Schedule.payments(debt, structures.get(i))));
            withSchedule[i] = System.nanoTime() - start;
            sink += rate.status().ordinal();
        }
        System.out.printf(Locale.ROOT, "True rate benchmark: %,d debts, %.1f flows per debt on average, "
                + "%d without a plausible rate (sink %d)%n", count, sizes / (double) count, noRate, sink);
        print("IRR only (prepared flows)", irrOnly);
        print("schedule + IRR per debt", withSchedule);
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-28s p50 %7.2f µs  p95 %7.2f µs  p99 %7.2f µs  max %8.2f µs  "
                + "(target ≤ 50 µs)%n", what, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                sorted[sorted.length - 1] / 1000.0);
    }

    private static double pct(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1000.0;
    }

    private static List<CashFlow> flows(DebtDetails debt, List<PlannedFlow> payments) {
        List<CashFlow> flows = new ArrayList<>(payments.size() + 1);
        flows.add(CashFlow.received(debt.contractDate(), debt.amountReceived()));
        payments.forEach(p -> flows.add(CashFlow.paid(p.date(), p.amount())));
        return flows;
    }

    private static DebtDetails debt(Random random, RepaymentMethod method) {
        boolean daily = method == RepaymentMethod.BULLET && random.nextBoolean();
        BigDecimal rate = daily ? BigDecimal.valueOf(2 + random.nextInt(9), 2) // 0.02% .. 0.10% a day
                : BigDecimal.valueOf(random.nextInt(3600), 2); // 0% .. 36% a year
        Money principal = Money.yuan(1000 + random.nextInt(49_000));
        Money received = principal.times(BigDecimal.valueOf(80 + random.nextInt(21), 2));
        LocalDate contract = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000));
        int term = new int[] {3, 6, 12, 18, 24, 36}[random.nextInt(6)];
        return new DebtDetails("lender", LenderType.CONSUMER_FINANCE, null, contract, principal, received,
                principal.minus(received), rate, daily ? RateBasis.DAILY : RateBasis.ANNUAL, term, Money.ZERO,
                principal, Money.ZERO, Money.ZERO, null, null, false);
    }
}
