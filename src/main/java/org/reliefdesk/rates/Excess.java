package org.reliefdesk.rates;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import org.reliefdesk.shared.Money;

/**
 * The excess over a line (decision 007), on the same basis as the rate compared with it
 * ({@link SimpleRate}): the borrower's payments are applied, in date order, to a loan of the
 * money received that accrues simple interest at exactly the line on the principal still
 * outstanding, for the time it is outstanding (interest never compounded; each payment goes
 * first to the interest accrued, then to the principal; interest rounded to the fen at each
 * flow). Whatever is paid after that loan is cleared is the excess. It is zero when the line
 * rate is within the line.
 */
final class Excess {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Excess() {
    }

    static Money over(List<CashFlow> flows, BigDecimal linePercent) {
        if (flows.isEmpty()) {
            return Money.ZERO;
        }
        List<CashFlow> sorted = flows.stream().sorted(Comparator.comparing(CashFlow::date)).toList();
        YearFractions.Axis axis = YearFractions.axis(sorted);
        long[] units = axis.units();
        BigDecimal perYearPercent = HUNDRED.multiply(BigDecimal.valueOf(axis.perYear()));
        Money principal = Money.ZERO;
        Money interest = Money.ZERO;
        Money excess = Money.ZERO;
        for (int i = 0; i < units.length; i++) {
            if (i > 0) {
                // principal × line% × (months/12 or days/365), exact until the one rounding to the fen.
                interest = interest.plus(Money.of(principal.amount().multiply(linePercent)
                        .multiply(BigDecimal.valueOf(units[i] - units[i - 1]))
                        .divide(perYearPercent, MathContext.DECIMAL128)));
            }
            Money amount = sorted.get(i).amount();
            if (amount.isPositive()) {
                principal = principal.plus(amount);
                continue;
            }
            Money paid = amount.negate();
            Money toInterest = paid.min(interest);
            interest = interest.minus(toInterest);
            paid = paid.minus(toInterest);
            Money toPrincipal = paid.min(principal);
            principal = principal.minus(toPrincipal);
            excess = excess.plus(paid.minus(toPrincipal));
        }
        return excess;
    }
}
