package org.reliefdesk.rates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The time axis of the rate (decision 007): when every flow falls a whole number of months
 * after the first one, a month counts as 1/12 year (periodic IRR, what a 等额本息 contract
 * and the PBOC disclosure rule use); otherwise actual days / 365 (XIRR, Act/365).
 */
final class YearFractions {

    private YearFractions() {
    }

    static double[] of(List<CashFlow> sortedFlows) {
        LocalDate start = sortedFlows.getFirst().date();
        double[] months = new double[sortedFlows.size()];
        boolean grid = true;
        for (int i = 0; i < months.length && grid; i++) {
            LocalDate date = sortedFlows.get(i).date();
            long k = ChronoUnit.MONTHS.between(start, date);
            if (start.plusMonths(k).equals(date)) {
                months[i] = k / 12.0;
            } else if (start.plusMonths(k + 1).equals(date)) {
                months[i] = (k + 1) / 12.0;
            } else {
                grid = false;
            }
        }
        if (grid) {
            return months;
        }
        double[] days = new double[sortedFlows.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = ChronoUnit.DAYS.between(start, sortedFlows.get(i).date()) / 365.0;
        }
        return days;
    }
}
