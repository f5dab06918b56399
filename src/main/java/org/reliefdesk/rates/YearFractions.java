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
        Axis axis = axis(sortedFlows);
        double[] years = new double[axis.units().length];
        for (int i = 0; i < years.length; i++) {
            years[i] = axis.units()[i] / (double) axis.perYear();
        }
        return years;
    }

    /**
     * The same axis in whole units, so money can be computed on it without a double: months (12 a year) on the
     * month grid, else days (365 a year).
     */
    record Axis(long[] units, int perYear) {
    }

    static Axis axis(List<CashFlow> sortedFlows) {
        LocalDate start = sortedFlows.getFirst().date();
        long[] months = new long[sortedFlows.size()];
        boolean grid = true;
        for (int i = 0; i < months.length && grid; i++) {
            LocalDate date = sortedFlows.get(i).date();
            long k = ChronoUnit.MONTHS.between(start, date);
            if (start.plusMonths(k).equals(date)) {
                months[i] = k;
            } else if (start.plusMonths(k + 1).equals(date)) {
                months[i] = k + 1;
            } else {
                grid = false;
            }
        }
        if (grid) {
            return new Axis(months, 12);
        }
        long[] days = new long[sortedFlows.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = ChronoUnit.DAYS.between(start, sortedFlows.get(i).date());
        }
        return new Axis(days, 365);
    }
}
