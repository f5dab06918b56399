package org.reliefdesk.rates;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.reliefdesk.shared.Money;

/**
 * The excess over a line (decision 007): the borrower's payments are applied, in date order,
 * to a loan of the amount received that charges exactly the line (a nominal annual rate,
 * compounded monthly on the same time axis as the true rate). Whatever is paid after that
 * loan is cleared is the excess. It is zero when the nominal APR is within the line.
 */
final class Excess {

    private Excess() {
    }

    static Money over(List<CashFlow> flows, BigDecimal linePercent) {
        if (flows.isEmpty()) {
            return Money.ZERO;
        }
        List<CashFlow> sorted = flows.stream().sorted(Comparator.comparing(CashFlow::date)).toList();
        double[] years = YearFractions.of(sorted);
        double monthly = linePercent.doubleValue() / 1200;
        Money balance = Money.ZERO;
        Money excess = Money.ZERO;
        double previous = 0;
        for (int i = 0; i < years.length; i++) {
            // The growth factor is a double; the balance it multiplies stays BigDecimal, rounded to the fen.
            double growth = Math.pow(1 + monthly, 12 * (years[i] - previous));
            balance = balance.times(new BigDecimal(growth));
            previous = years[i];
            Money amount = sorted.get(i).amount();
            if (amount.isPositive()) {
                balance = balance.plus(amount);
            } else {
                Money paid = amount.negate();
                if (paid.compareTo(balance) <= 0) {
                    balance = balance.minus(paid);
                } else {
                    excess = excess.plus(paid.minus(balance));
                    balance = Money.ZERO;
                }
            }
        }
        return excess;
    }
}
