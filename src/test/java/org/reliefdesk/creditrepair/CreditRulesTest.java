package org.reliefdesk.creditrepair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreditRulesTest {

    private static final LocalDate IN_FORCE = LocalDate.of(2013, 3, 15);
    private static final CreditRules RULES = CreditRules.of(List.of(
            new CreditRule(1, RuleCode.RETENTION_YEARS, IN_FORCE, 5, false, "第16条"),
            new CreditRule(2, RuleCode.DISPUTE_ANSWER_DAYS, IN_FORCE, 20, false, "第25条"),
            new CreditRule(3, RuleCode.RECHECK_MONTHS, IN_FORCE, 6, true, "practice")));

    @Test
    void a_negative_record_expires_five_years_after_the_settlement_day() {
        assertThat(RULES.expiresOn(LocalDate.of(2026, 3, 2))).hasValue(LocalDate.of(2031, 3, 2));
    }

    @Test
    void a_record_settled_on_a_leap_day_expires_on_28_february_of_a_year_without_one() {
        assertThat(RULES.expiresOn(LocalDate.of(2024, 2, 29))).hasValue(LocalDate.of(2029, 2, 28));
        // Five years after a leap year is never a leap year, so every leap-day settlement moves back a day.
        assertThat(RULES.expiresOn(LocalDate.of(2028, 2, 29))).hasValue(LocalDate.of(2033, 2, 28));
    }

    @Test
    void an_entry_without_a_settlement_date_has_no_expiry_yet() {
        assertThat(RULES.expiresOn(null)).isEmpty();
    }

    @Test
    void a_dispute_is_answered_twenty_calendar_days_counted_from_the_day_after_filing() {
        assertThat(RULES.disputeDueOn(LocalDate.of(2026, 3, 1))).hasValue(LocalDate.of(2026, 3, 21));
        // Across a month end, weekends and holidays alike: calendar days.
        assertThat(RULES.disputeDueOn(LocalDate.of(2026, 2, 20))).hasValue(LocalDate.of(2026, 3, 12));
        assertThat(RULES.disputeDueOn(LocalDate.of(2026, 9, 30))).hasValue(LocalDate.of(2026, 10, 20));
    }

    @Test
    void the_next_check_is_six_months_after_the_last_and_a_missing_day_gives_the_month_end() {
        assertThat(RULES.nextCheckOn(LocalDate.of(2026, 3, 2))).hasValue(LocalDate.of(2026, 9, 2));
        assertThat(RULES.nextCheckOn(LocalDate.of(2026, 8, 31))).hasValue(LocalDate.of(2027, 2, 28));
    }

    @Test
    void a_rule_version_not_yet_in_force_on_the_day_is_not_used() {
        CreditRule later = new CreditRule(4, RuleCode.DISPUTE_ANSWER_DAYS, LocalDate.of(2027, 1, 1), 15, false,
                "a future amendment");
        CreditRules rules = CreditRules.of(List.of(RULES.versions().get(1), later));
        assertThat(rules.disputeDueOn(LocalDate.of(2026, 12, 31))).hasValue(LocalDate.of(2027, 1, 20));
        assertThat(rules.disputeDueOn(LocalDate.of(2027, 1, 1))).hasValue(LocalDate.of(2027, 1, 16));
        assertThat(rules.inForce(RuleCode.DISPUTE_ANSWER_DAYS, LocalDate.of(2013, 3, 14))).isEmpty();
        assertThat(rules.expiresOn(LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void the_countdown_gives_whole_years_and_the_days_after_them_and_stops_at_the_date() {
        LocalDate today = LocalDate.of(2026, 3, 2);
        assertThat(Countdown.between(today, LocalDate.of(2029, 2, 28))).isEqualTo(new Countdown(2, 363, 1094));
        assertThat(Countdown.between(today, LocalDate.of(2026, 3, 22))).isEqualTo(new Countdown(0, 20, 20));
        assertThat(Countdown.between(today, today).reached()).isTrue();
        assertThat(Countdown.between(today, today.minusDays(3))).isEqualTo(new Countdown(0, 0, -3));
    }
}
