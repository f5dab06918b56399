package org.reliefdesk.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reliefdesk.shared.InvalidValueException;

class CourtDeadlinesTest {

    private static final CourtDeadlineRule DEFENCE = rule(1, LegalActionType.CIVIL_COMPLAINT, "1991-04-09", 15);
    private static final CourtDeadlineRule ENFORCEMENT = rule(4, LegalActionType.ENFORCEMENT, "1991-04-09", null);

    static CourtDeadlineRule rule(long id, LegalActionType type, String from, Integer days) {
        return new CourtDeadlineRule(id, type, LocalDate.parse(from), days, "答辩", "Defence", "文本", "text", "法条",
                "system", Instant.EPOCH);
    }

    @Test
    void fifteen_days_count_from_the_day_after_service() {
        // Served on the 1st: day 1 is the 2nd, day 15 is the 16th.
        assertThat(CourtDeadlines.dueOn(LocalDate.of(2026, 11, 1), DEFENCE)).hasValue(LocalDate.of(2026, 11, 16));
    }

    @Test
    void the_period_runs_over_month_and_year_ends() {
        assertThat(CourtDeadlines.dueOn(LocalDate.of(2026, 1, 20), DEFENCE)).hasValue(LocalDate.of(2026, 2, 4));
        assertThat(CourtDeadlines.dueOn(LocalDate.of(2028, 2, 20), DEFENCE)).hasValue(LocalDate.of(2028, 3, 6));
        assertThat(CourtDeadlines.dueOn(LocalDate.of(2026, 12, 25), DEFENCE)).hasValue(LocalDate.of(2027, 1, 9));
    }

    @Test
    void a_last_day_on_a_weekend_is_flagged_but_not_moved() {
        LocalDate due = CourtDeadlines.dueOn(LocalDate.of(2026, 11, 6), DEFENCE).orElseThrow();
        assertThat(due).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(CourtDeadlines.onWeekend(due)).isTrue();
        assertThat(CourtDeadlines.onWeekend(LocalDate.of(2026, 11, 23))).isFalse();
    }

    @Test
    void enforcement_has_no_response_deadline() {
        assertThat(ENFORCEMENT.hasDeadline()).isFalse();
        assertThat(CourtDeadlines.dueOn(LocalDate.of(2026, 11, 1), ENFORCEMENT)).isEmpty();
    }

    @Test
    void the_rule_in_force_on_the_day_of_service_applies_and_a_later_row_does_not_yet() {
        CourtDeadlineRule later = rule(9, LegalActionType.CIVIL_COMPLAINT, "2027-01-01", 20);
        List<CourtDeadlineRule> rules = List.of(DEFENCE, later, ENFORCEMENT);

        assertThat(CourtDeadlines.ruleOn(LegalActionType.CIVIL_COMPLAINT, LocalDate.of(2026, 12, 31), rules))
                .hasValue(DEFENCE);
        assertThat(CourtDeadlines.ruleOn(LegalActionType.CIVIL_COMPLAINT, LocalDate.of(2027, 1, 1), rules))
                .hasValue(later);
        assertThat(CourtDeadlines.ruleOn(LegalActionType.PAYMENT_ORDER, LocalDate.of(2026, 12, 31), rules)).isEmpty();
        assertThat(CourtDeadlines.ruleOn(LegalActionType.CIVIL_COMPLAINT, LocalDate.of(1990, 1, 1), rules)).isEmpty();
    }

    @Test
    void the_limitation_period_ends_three_years_on_and_on_the_month_end_for_a_leap_day() {
        assertThat(CourtDeadlines.limitationExpiry(LocalDate.of(2023, 3, 15))).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(CourtDeadlines.limitationExpiry(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void case_numbers_are_checked_loosely_and_normalised() {
        assertThat(LegalActionRules.caseNumber(" （2026）京0105民初12345号 ")).isEqualTo("(2026)京0105民初12345号");
        assertThat(LegalActionRules.caseNumber("(2024)最高法民终1号")).isEqualTo("(2024)最高法民终1号");
        assertThat(LegalActionRules.caseNumber("(2026)沪0115执 3456号")).isEqualTo("(2026)沪0115执3456号");
        assertThat(LegalActionRules.caseNumber("(2026)京0105民督88号")).isEqualTo("(2026)京0105民督88号");
        assertThat(LegalActionRules.caseNumber("  ")).isNull();
        for (String bad : List.of("12345", "(26)京0105民初12345号", "(2026)京0105民初12345", "京0105民初12345号")) {
            assertThatThrownBy(() -> LegalActionRules.caseNumber(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("court.error.caseNumber"));
        }
    }

    @Test
    void a_service_date_in_the_future_or_a_debt_of_another_case_is_refused() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        LegalActionDetails tomorrow = new LegalActionDetails(7, LegalActionType.JUDGMENT, "朝阳法院", null,
                today.plusDays(1), null);
        assertThatThrownBy(() -> LegalActionRules.check(tomorrow, Set.of(7L), today))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("court.error.servedOnFuture"));
        LegalActionDetails otherDebt = new LegalActionDetails(8, LegalActionType.JUDGMENT, "朝阳法院", null, today,
                null);
        assertThatThrownBy(() -> LegalActionRules.check(otherDebt, Set.of(7L), today))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("court.error.debt"));
    }
}
