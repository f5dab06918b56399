package org.reliefdesk.rates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The annualised internal rate of return of dated cash flows (decision 007). Pure Java:
 * it solves for t = ln(1 + EAR) in Σ aᵢ·e^(−t·yᵢ) = 0, bracketing the root first and then
 * refining it with Brent's method. Money stays BigDecimal in the flows; only the discount
 * factors are doubles, and no amount is rounded through a double.
 */
public final class Irr {

    /**
     * A nominal APR of 100,000% a year: beyond it a result is reported as absurd. A 7-day loan with a 30% fee
     * is about 4,500% APR, so real short high-fee loans stay well below it.
     */
    static final double ABSURD_APR = 1000.0;
    /** t = ln(1 + EAR) at that APR, about 53.2; e^(−t·y) only underflows to 0 beyond it, which is harmless. */
    static final double T_MAX = 12 * Math.log1p(ABSURD_APR / 12);
    private static final double TOLERANCE = 1e-13;
    private static final int MAX_ITERATIONS = 200;

    private Irr() {
    }

    /** The true annual rate of the flows, in any order; see {@link TrueRate.Status} for when there is none. */
    public static TrueRate of(List<CashFlow> flows) {
        if (flows.isEmpty()) {
            return TrueRate.none(TrueRate.Status.NO_RATE);
        }
        List<CashFlow> sorted = flows.stream().sorted(Comparator.comparing(CashFlow::date)).toList();
        double[] years = YearFractions.of(sorted);
        double[] amounts = new double[sorted.size()];
        boolean in = false;
        boolean out = false;
        BigDecimal net = BigDecimal.ZERO;
        for (int i = 0; i < amounts.length; i++) {
            BigDecimal amount = sorted.get(i).amount().amount();
            in |= amount.signum() > 0;
            out |= amount.signum() < 0;
            net = net.add(amount);
            amounts[i] = amount.doubleValue();
        }
        if (!in || !out) {
            return TrueRate.none(TrueRate.Status.NO_RATE);
        }
        if (net.signum() > 0) {
            return TrueRate.none(TrueRate.Status.NO_COST);
        }
        if (net.signum() == 0) {
            return rate(0.0, 0.0, TrueRate.Status.RATE);
        }
        double simple = SimpleRate.of(amounts, years);
        // npv(0) = net < 0: the borrower paid back more than received. Find t > 0 where it turns positive.
        double lo = 0.0;
        double flo = npv(amounts, years, lo);
        double hi = 0.05;
        double fhi = npv(amounts, years, hi);
        while (fhi < 0 && hi < T_MAX) {
            lo = hi;
            flo = fhi;
            hi = Math.min(hi * 2, T_MAX);
            fhi = npv(amounts, years, hi);
        }
        if (fhi < 0) {
            // Still negative at an APR of 100,000%: give the bound, flagged, rather than chase a silly number.
            return rate(T_MAX, simple, TrueRate.Status.ABSURD);
        }
        if (fhi == 0) {
            return rate(hi, simple, hi >= T_MAX ? TrueRate.Status.ABSURD : TrueRate.Status.RATE);
        }
        double t = brent(x -> npv(amounts, years, x), lo, hi, flo, fhi, TOLERANCE);
        return rate(t, simple, TrueRate.Status.RATE);
    }

    private static TrueRate rate(double t, double simple, TrueRate.Status status) {
        double ear = Math.expm1(t);
        double apr = 12 * Math.expm1(t / 12);
        return new TrueRate(status, percent(ear), percent(apr), percent(simple));
    }

    private static BigDecimal percent(double fraction) {
        return new BigDecimal(fraction * 100).setScale(4, RoundingMode.HALF_EVEN);
    }

    static double npv(double[] amounts, double[] years, double t) {
        double sum = 0;
        for (int i = 0; i < amounts.length; i++) {
            sum += amounts[i] * Math.exp(-t * years[i]);
        }
        return sum;
    }

    /** Brent's method (inverse quadratic interpolation, secant, bisection) on a bracket with fa·fb &lt; 0. */
    static double brent(DoubleUnaryOperator f, double a, double b, double fa, double fb, double tolerance) {
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            if ((fb > 0) == (fc > 0)) {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tol = 2 * Math.ulp(b) + tolerance / 2;
            double m = (c - b) / 2;
            if (Math.abs(m) <= tol || fb == 0) {
                return b;
            }
            if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
                double s = fb / fa;
                double p;
                double q;
                if (a == c) {
                    p = 2 * m * s;
                    q = 1 - s;
                } else {
                    double qq = fa / fc;
                    double r = fb / fc;
                    p = s * (2 * m * qq * (qq - r) - (b - a) * (r - 1));
                    q = (qq - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
                    e = d;
                    d = p / q;
                } else {
                    d = m;
                    e = d;
                }
            } else {
                d = m;
                e = d;
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tol ? d : (m > 0 ? tol : -tol);
            fb = f.applyAsDouble(b);
        }
        return b;
    }
}
