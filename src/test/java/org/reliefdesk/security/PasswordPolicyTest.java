package org.reliefdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void a_long_uncommon_password_is_accepted() {
        assertThat(policy.violations("wangjing", "Lanzhou-Noodles-42")).isEmpty();
    }

    @Test
    void ten_characters_is_the_minimum() {
        assertThat(policy.violations("wangjing", "Kx9-mQ2-z")).containsExactly("password.error.tooShort");
        assertThat(policy.violations("wangjing", "Kx9-mQ2-zT")).isEmpty();
    }

    @Test
    void length_counts_characters_not_bytes_so_chinese_passphrases_work() {
        assertThat(policy.violations("wangjing", "我的猫叫小白今年三岁了")).isEmpty();
        assertThat(policy.violations("wangjing", "我的猫叫小白")).containsExactly("password.error.tooShort");
    }

    @Test
    void passwords_bcrypt_would_truncate_are_refused() {
        String seventyThreeBytes = "a".repeat(73);
        assertThat(policy.violations("wangjing", seventyThreeBytes)).containsExactly("password.error.tooLong");
        assertThat(policy.violations("wangjing", "a1b2".repeat(18))).isEmpty();
    }

    @Test
    void common_passwords_are_refused_whatever_their_case() {
        assertThat(policy.violations("wangjing", "1234567890")).containsExactly("password.error.tooCommon");
        assertThat(policy.violations("wangjing", "WoAiNi1314")).containsExactly("password.error.tooCommon");
        assertThat(policy.violations("wangjing", "Password123")).containsExactly("password.error.tooCommon");
    }

    @Test
    void the_shipped_list_is_loaded() {
        assertThat(policy.commonPasswordCount()).isGreaterThan(150);
    }

    @Test
    void a_password_equal_to_the_username_is_refused_ignoring_case() {
        assertThat(policy.violations("counsellor42", "Counsellor42")).containsExactly("password.error.sameAsUsername");
    }

    @Test
    void every_problem_is_reported_at_once() {
        assertThat(policy.violations("qwertyuiop", "qwertyuiop"))
                .containsExactlyInAnyOrder("password.error.tooCommon", "password.error.sameAsUsername");
    }

    @Test
    void an_empty_password_is_reported_as_missing() {
        assertThat(policy.violations("wangjing", "")).containsExactly("password.error.required");
        assertThat(policy.violations("wangjing", null)).containsExactly("password.error.required");
    }

    @Test
    void one_time_passwords_meet_the_policy_and_differ() {
        String first = OneTimePasswords.generate();
        String second = OneTimePasswords.generate();
        assertThat(policy.violations("anyone", first)).isEmpty();
        assertThat(first).hasSize(14).matches("[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}");
        assertThat(first).isNotEqualTo(second);
    }
}
