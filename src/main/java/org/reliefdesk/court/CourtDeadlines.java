package org.reliefdesk.court;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The one place where court dates are counted (decision 018). All dates are Beijing dates.
 * A period of N days runs from the day after service (民事诉讼法 期间: the day of service is
 * not counted), so its last day is the served date plus N calendar days. A last day on a
 * weekend is flagged, not moved (the law moves it to the next working day; public holidays
 * are not modelled, so the portal shows the earlier, safe date).
 */
public final class CourtDeadlines {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** 民法典 第188条: the general limitation period is three years. */
    public static final int LIMITATION_YEARS = 3;
    /** Court deadlines this close (or overdue) raise an alert on the case page. */
    public static final int ALERT_DAYS = 7;

    private CourtDeadlines() {
    }

    /** The version of the type's rule in force on the day: the latest from on or before it. */
    public static Optional<CourtDeadlineRule> ruleOn(LegalActionType type, LocalDate day,
            Collection<CourtDeadlineRule> rules) {
        return rules.stream().filter(r -> r.type() == type && !r.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(CourtDeadlineRule::effectiveFrom));
    }

    /** The last day of the response period, or empty when the rule has none (enforcement). */
    public static Optional<LocalDate> dueOn(LocalDate servedOn, CourtDeadlineRule rule) {
        return rule.hasDeadline() ? Optional.of(servedOn.plusDays(rule.responseDays())) : Optional.empty();
    }

    public static boolean onWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /**
     * The last day of the limitation period running from the day (民法典 第188条; 第201-202条: counted
     * from the next day, ending on the corresponding day, or the month's last day when there is none).
     */
    public static LocalDate limitationExpiry(LocalDate from) {
        return from.plusYears(LIMITATION_YEARS);
    }
}
