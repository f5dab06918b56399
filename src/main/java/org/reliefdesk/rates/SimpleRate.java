package org.reliefdesk.rates;

/**
 * The rate compared with the legal lines (decision 007): the simple annual rate at which a loan
 * of the money received, accruing simple interest on the principal still outstanding (interest
 * never compounded), is cleared exactly by the borrower's payments, each applied first to the
 * interest accrued, then to the principal. That is how courts count interest against the lines
 * (民间借贷司法解释: annual interest on the principal actually received, for the time it was used).
 * For one repayment it is (paid / received − 1) ÷ years; for instalments that each cover the
 * period's interest it equals 12 × the monthly IRR (the APR). Doubles only: money is not rounded here.
 */
final class SimpleRate {

    /** 100,000,000% a year: the search stops there and gives the bound. */
    static final double MAX_RATE = 1_000_000.0;
    private static final double TOLERANCE = 1e-13;

    private SimpleRate() {
    }

    /**
     * The annual simple rate as a fraction, for flows sorted by date with their year fractions, when the
     * borrower paid back more than received (net &lt; 0); {@link #MAX_RATE} if even that does not clear them.
     */
    static double of(double[] amounts, double[] years) {
        double lo = 0;
        double flo = residual(amounts, years, lo);
        double hi = 0.1;
        double fhi = residual(amounts, years, hi);
        while (fhi < 0) {
            if (hi >= MAX_RATE) {
                return MAX_RATE;
            }
            lo = hi;
            flo = fhi;
            hi = Math.min(hi * 2, MAX_RATE);
            fhi = residual(amounts, years, hi);
        }
        if (fhi == 0) {
            return hi;
        }
        // Monotone and continuous, piecewise smooth: Brent falls back to bisection at the kinks.
        return Irr.brent(r -> residual(amounts, years, r), lo, hi, flo, fhi, TOLERANCE);
    }

    /**
     * What is still owed (positive) or was paid beyond clearing the loan (negative) when the flows are
     * applied to a loan accruing simple interest at {@code rate} a year. Non-decreasing in the rate.
     */
    static double residual(double[] amounts, double[] years, double rate) {
        double principal = 0;
        double interest = 0;
        double surplus = 0;
        double previous = years.length == 0 ? 0 : years[0];
        for (int i = 0; i < amounts.length; i++) {
            interest += principal * rate * (years[i] - previous);
            previous = years[i];
            if (amounts[i] > 0) {
                principal += amounts[i];
            } else {
                double paid = -amounts[i];
                double toInterest = Math.min(paid, interest);
                interest -= toInterest;
                paid -= toInterest;
                double toPrincipal = Math.min(paid, principal);
                principal -= toPrincipal;
                surplus += paid - toPrincipal;
            }
        }
        return principal + interest - surplus;
    }
}
