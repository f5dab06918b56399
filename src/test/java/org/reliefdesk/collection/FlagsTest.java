package org.reliefdesk.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FlagsTest {

    private static final AtomicLong IDS = new AtomicLong();

    static ConductRule rule(String code, LocalDate from, RuleKind kind, Integer max, Set<Reached> reached,
            Set<IncidentCategory> categories, boolean retired) {
        return new ConductRule(IDS.incrementAndGet(), code, from, retired, kind,
                kind == RuleKind.NIGHT ? LocalTime.of(22, 0) : null, kind == RuleKind.NIGHT ? LocalTime.of(8, 0) : null,
                max, reached, categories, code + " zh", code + " en", "summary zh", "summary en", "source of " + code,
                "system", Instant.EPOCH);
    }

    private static final LocalDate LONG_AGO = LocalDate.of(2018, 3, 1);

    static RuleBook seeded() {
        return new RuleBook(List.of(
                rule("NIGHT_CONTACT", LONG_AGO, RuleKind.NIGHT, null, null, null, false),
                rule("UNANSWERED_ATTEMPTS", LONG_AGO, RuleKind.UNANSWERED_ATTEMPTS, 6, null, null, false),
                rule("AUTOMATED_CONNECTED", LONG_AGO, RuleKind.AUTOMATED_CONNECTED, 3, null, null, false),
                rule("THIRD_PARTY_CONTACT", LONG_AGO, RuleKind.THIRD_PARTY, null,
                        Set.of(Reached.RELATIVE, Reached.COLLEAGUE_OR_EMPLOYER, Reached.PUBLIC), null, false),
                rule("NO_THREATS", LONG_AGO, RuleKind.CATEGORY, null, null,
                        Set.of(IncidentCategory.THREAT_OF_VIOLENCE, IncidentCategory.INSULT), false),
                rule("CRIMINAL", LONG_AGO, RuleKind.CATEGORY, null, null, Set.of(IncidentCategory.THREAT_OF_VIOLENCE),
                        false)));
    }

    private static long nextIncident = 1000;

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Flags.BEIJING).toInstant();
    }

    static Contact sms(String at) {
        return new Contact(nextIncident++, beijing(at), IncidentChannel.SMS, Reached.CLIENT, Set.of(), null, null,
                "某催收", "");
    }

    static Contact call(Long id, String at, boolean answered, boolean automated, String collector, String number) {
        return new Contact(id, beijing(at), IncidentChannel.CALL, Reached.CLIENT, Set.of(), answered, automated,
                collector, number);
    }

    private static List<String> codes(RuleBook book, Contact c) {
        return Flags.compute(book, List.of(c)).of(c.incidentId()).stream().map(ConductRule::code).toList();
    }

    @Test
    void contact_at_22_00_00_and_07_59_59_beijing_is_at_night_but_not_at_08_00_00_or_21_59_59() {
        RuleBook book = seeded();
        assertThat(codes(book, sms("2026-11-20T22:00:00"))).containsExactly("NIGHT_CONTACT");
        assertThat(codes(book, sms("2026-11-21T07:59:59"))).containsExactly("NIGHT_CONTACT");
        assertThat(codes(book, sms("2026-11-21T08:00:00"))).isEmpty();
        assertThat(codes(book, sms("2026-11-20T21:59:59"))).isEmpty();
    }

    @Test
    void the_night_window_is_read_in_beijing_time_not_utc() {
        // 14:30 UTC is 22:30 in Beijing: night. 01:00 UTC is 09:00 in Beijing: day.
        Contact night = new Contact(1L, Instant.parse("2026-11-20T14:30:00Z"), IncidentChannel.CALL, Reached.CLIENT,
                Set.of(), true, false, "x", "");
        Contact day = new Contact(2L, Instant.parse("2026-11-20T01:00:00Z"), IncidentChannel.CALL, Reached.CLIENT,
                Set.of(), true, false, "x", "");
        Flags.Result result = Flags.compute(seeded(), List.of(night, day));
        assertThat(result.of(1L)).extracting(ConductRule::code).containsExactly("NIGHT_CONTACT");
        assertThat(result.of(2L)).isEmpty();
    }

    @Test
    void a_letter_is_not_a_contact_at_night() {
        Contact letter = new Contact(5L, beijing("2026-11-20T23:00:00"), IncidentChannel.LETTER, Reached.CLIENT,
                Set.of(), null, null, "x", "");
        assertThat(codes(seeded(), letter)).isEmpty();
    }

    @Test
    void exactly_6_unanswered_attempts_from_one_number_in_a_day_is_no_flag_and_7_is() {
        List<Contact> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(call((long) i, "2026-11-20T1%d:00:00".formatted(i), false, false, "甲催收", "13800000001"));
        }
        Flags.Result atSix = Flags.compute(seeded(), six);
        assertThat(atSix.findings()).isEmpty();
        assertThat(atSix.of(0L)).isEmpty();

        List<Contact> seven = new ArrayList<>(six);
        seven.add(call(null, "2026-11-20T17:00:00", false, false, "甲催收", "13800000001"));
        Flags.Result atSeven = Flags.compute(seeded(), seven);
        assertThat(atSeven.of(0L)).extracting(ConductRule::code).containsExactly("UNANSWERED_ATTEMPTS");
        assertThat(atSeven.findings()).singleElement().satisfies(f -> {
            assertThat(f.count()).isEqualTo(7);
            assertThat(f.max()).isEqualTo(6);
            assertThat(f.day()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(f.numbers()).containsExactly("13800000001");
        });
    }

    @Test
    void answered_calls_do_not_count_as_unanswered_attempts() {
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            contacts.add(call((long) i, "2026-11-20T1%d:00:00".formatted(i), false, false, "甲", "13800000001"));
        }
        contacts.add(call(10L, "2026-11-20T18:00:00", true, false, "甲", "13800000001"));
        assertThat(Flags.compute(seeded(), contacts).findings()).isEmpty();
    }

    @Test
    void a_collector_rotating_calling_numbers_is_counted_as_one_caller() {
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            contacts.add(call((long) i, "2026-11-20T1%d:00:00".formatted(i), false, false, "甲", "1380000000" + i));
        }
        assertThat(Flags.compute(seeded(), contacts).findings()).singleElement().satisfies(f -> {
            assertThat(f.count()).isEqualTo(7);
            assertThat(f.numbers()).hasSize(7);
        });
    }

    @Test
    void attempts_by_different_collectors_are_counted_apart() {
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            contacts.add(call((long) i, "2026-11-20T1%d:00:00".formatted(i), false, false, "甲", "13800000001"));
            contacts.add(call(10L + i, "2026-11-20T1%d:30:00".formatted(i), false, false, "乙", "13800000001"));
        }
        assertThat(Flags.compute(seeded(), contacts).findings()).isEmpty();
    }

    @Test
    void attempts_at_23_30_and_00_30_beijing_fall_on_different_days_although_the_same_utc_date() {
        // 2026-11-20 23:30 and 2026-11-21 00:30 in Beijing are both 2026-11-20 in UTC (15:30 and 16:30).
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            contacts.add(call(null, "2026-11-20T23:3%d:00".formatted(i), false, false, "甲", "13800000001"));
            contacts.add(call(null, "2026-11-21T00:3%d:00".formatted(i), false, false, "甲", "13800000001"));
        }
        assertThat(contacts.getFirst().at().toString()).startsWith("2026-11-20T15:30");
        assertThat(contacts.get(1).at().toString()).startsWith("2026-11-20T16:30");
        Flags.Result result = Flags.compute(seeded(), contacts);
        assertThat(result.findings()).noneMatch(f -> f.rule().kind() == RuleKind.UNANSWERED_ATTEMPTS);
        // The same 8 attempts inside one Beijing day would break the rule.
        List<Contact> oneDay = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            oneDay.add(call(null, "2026-11-20T1%d:00:00".formatted(i), false, false, "甲", "13800000001"));
        }
        assertThat(Flags.compute(seeded(), oneDay).findings()).extracting(f -> f.rule().kind())
                .containsExactly(RuleKind.UNANSWERED_ATTEMPTS);
    }

    @Test
    void imported_attempts_at_night_are_a_finding_of_their_day() {
        Flags.Result result = Flags.compute(seeded(), List.of(
                call(null, "2026-11-20T23:10:00", false, false, "甲", "13800000001"),
                call(null, "2026-11-20T12:10:00", false, false, "甲", "13800000001")));
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule().code()).isEqualTo("NIGHT_CONTACT");
            assertThat(f.count()).isEqualTo(1);
        });
    }

    @Test
    void three_connected_automated_calls_a_day_are_allowed_and_four_are_flagged() {
        List<Contact> three = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            three.add(call((long) i, "2026-11-20T1%d:00:00".formatted(i), true, true, "机器人催收", "9501" + i));
        }
        // An unanswered robocall is not a connected one.
        three.add(call(9L, "2026-11-20T15:00:00", false, true, "机器人催收", "95019"));
        assertThat(Flags.compute(seeded(), three).of(0L)).isEmpty();

        List<Contact> four = new ArrayList<>(three);
        four.add(call(3L, "2026-11-20T16:00:00", true, true, "机器人催收", "95018"));
        Flags.Result result = Flags.compute(seeded(), four);
        assertThat(result.of(0L)).extracting(ConductRule::code).containsExactly("AUTOMATED_CONNECTED");
        assertThat(result.of(3L)).extracting(ConductRule::code).containsExactly("AUTOMATED_CONNECTED");
        assertThat(result.of(9L)).isEmpty();
        assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.count()).isEqualTo(4));
    }

    @Test
    void a_contact_reaching_a_third_party_is_flagged_and_one_reaching_the_client_is_not() {
        Contact employer = new Contact(1L, beijing("2026-11-20T10:00:00"), IncidentChannel.APP_MESSAGE,
                Reached.COLLEAGUE_OR_EMPLOYER, Set.of(), null, null, "甲", "");
        Contact client = new Contact(2L, beijing("2026-11-20T10:00:00"), IncidentChannel.APP_MESSAGE,
                Reached.CLIENT, Set.of(), null, null, "甲", "");
        Flags.Result result = Flags.compute(seeded(), List.of(employer, client));
        assertThat(result.of(1L)).extracting(ConductRule::code).containsExactly("THIRD_PARTY_CONTACT");
        assertThat(result.of(2L)).isEmpty();
    }

    @Test
    void each_category_breaks_the_rules_that_list_it() {
        Contact threat = new Contact(1L, beijing("2026-11-20T10:00:00"), IncidentChannel.CALL, Reached.CLIENT,
                Set.of(IncidentCategory.THREAT_OF_VIOLENCE), true, false, "甲", "");
        Contact insult = new Contact(2L, beijing("2026-11-20T10:00:00"), IncidentChannel.CALL, Reached.CLIENT,
                Set.of(IncidentCategory.INSULT), true, false, "甲", "");
        Contact fees = new Contact(3L, beijing("2026-11-20T10:00:00"), IncidentChannel.CALL, Reached.CLIENT,
                Set.of(IncidentCategory.EXTRA_FEES), true, false, "甲", "");
        Flags.Result result = Flags.compute(seeded(), List.of(threat, insult, fees));
        assertThat(result.of(1L)).extracting(ConductRule::code).containsExactly("CRIMINAL", "NO_THREATS");
        assertThat(result.of(2L)).extracting(ConductRule::code).containsExactly("NO_THREATS");
        assertThat(result.of(3L)).isEmpty();
    }

    @Test
    void a_rule_not_yet_in_force_on_the_incidents_beijing_date_does_not_fire() {
        RuleBook book = new RuleBook(List.of(rule("UNANSWERED_ATTEMPTS", LocalDate.of(2026, 1, 30),
                RuleKind.UNANSWERED_ATTEMPTS, 6, null, null, false),
                rule("NIGHT_CONTACT", LocalDate.of(2026, 1, 30), RuleKind.NIGHT, null, null, null, false)));
        List<Contact> before = new ArrayList<>();
        List<Contact> after = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            before.add(call((long) i, "2026-01-29T1%d:00:00".formatted(i), false, false, "甲", "13800000001"));
            after.add(call((long) 100 + i, "2026-01-30T1%d:00:00".formatted(i), false, false, "甲", "13800000001"));
        }
        assertThat(Flags.compute(book, before).findings()).isEmpty();
        assertThat(Flags.compute(book, after).findings()).hasSize(1);
        // 23:30 on 2026-01-29 in Beijing is the 29th, the day before the rule, though 2026-01-30 is near.
        assertThat(codes(book, sms("2026-01-29T23:30:00"))).isEmpty();
        assertThat(codes(book, sms("2026-01-30T00:30:00"))).containsExactly("NIGHT_CONTACT");
    }

    @Test
    void a_newer_version_replaces_the_old_from_its_date_and_a_retiring_version_ends_the_rule() {
        RuleBook book = new RuleBook(List.of(
                rule("UNANSWERED_ATTEMPTS", LONG_AGO, RuleKind.UNANSWERED_ATTEMPTS, 6, null, null, false),
                rule("UNANSWERED_ATTEMPTS", LocalDate.of(2026, 6, 1), RuleKind.UNANSWERED_ATTEMPTS, 3, null, null,
                        false),
                rule("UNANSWERED_ATTEMPTS", LocalDate.of(2026, 12, 1), RuleKind.UNANSWERED_ATTEMPTS, null, null,
                        null, true)));
        List<Contact> mayFour = new ArrayList<>();
        List<Contact> juneFour = new ArrayList<>();
        List<Contact> decemberTen = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            mayFour.add(call(null, "2026-05-31T1%d:00:00".formatted(i), false, false, "甲", "13800000001"));
            juneFour.add(call(null, "2026-06-01T1%d:00:00".formatted(i), false, false, "甲", "13800000001"));
        }
        for (int i = 0; i < 10; i++) {
            decemberTen.add(call(null, "2026-12-01T1%d:00:00".formatted(i), false, false, "甲", "13800000001"));
        }
        assertThat(Flags.compute(book, mayFour).findings()).isEmpty();
        assertThat(Flags.compute(book, juneFour).findings()).singleElement()
                .satisfies(f -> assertThat(f.max()).isEqualTo(3));
        assertThat(Flags.compute(book, decemberTen).findings()).isEmpty();
        assertThat(book.inForce(LocalDate.of(2026, 5, 31))).singleElement()
                .satisfies(r -> assertThat(r.maxPerDay()).isEqualTo(6));
        assertThat(book.inForce(LocalDate.of(2026, 12, 1))).isEmpty();
    }

    @Test
    void a_window_that_does_not_wrap_midnight_is_read_as_is() {
        assertThat(Flags.inWindow(LocalTime.of(12, 0), LocalTime.of(12, 0), LocalTime.of(14, 0))).isTrue();
        assertThat(Flags.inWindow(LocalTime.of(14, 0), LocalTime.of(12, 0), LocalTime.of(14, 0))).isFalse();
        assertThat(Flags.inWindow(LocalTime.of(23, 0), LocalTime.of(12, 0), LocalTime.of(14, 0))).isFalse();
    }
}
