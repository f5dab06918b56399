package org.reliefdesk.creditrepair;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long until a date, as whole years and the days after them ("还剩 4 年 12 天"), and in days.
 *
 * @param totalDays days from today to the date; zero or less once it has come
 */
public record Countdown(long years, long days, long totalDays) {

    public static Countdown between(LocalDate today, LocalDate until) {
        long total = ChronoUnit.DAYS.between(today, until);
        if (total <= 0) {
            return new Countdown(0, 0, total);
        }
        long years = ChronoUnit.YEARS.between(today, until);
        return new Countdown(years, ChronoUnit.DAYS.between(today.plusYears(years), until), total);
    }

    public boolean reached() {
        return totalDays <= 0;
    }
}
