package org.reliefdesk.calls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallRulesTest {

    @Test
    void third_party_numbers_in_their_usual_forms_are_accepted_as_typed() {
        assertThat(CallRules.plausibleNumber("95188")).isTrue();
        assertThat(CallRules.plausibleNumber("010-6512 3456 转 8012")).isTrue();
        assertThat(CallRules.plausibleNumber("+86 138 0013 8000")).isTrue();
        assertThat(CallRules.plausibleNumber("（021）６２３４５６７８")).isTrue();
        assertThat(CallRules.plausibleNumber("400-820-1234 ext. 5")).isTrue();
    }

    @Test
    void text_that_is_not_a_number_is_refused() {
        assertThat(CallRules.plausibleNumber("张经理")).isFalse();
        assertThat(CallRules.plausibleNumber("12")).isFalse();
        assertThat(CallRules.plausibleNumber("call me at 1380013800")).isFalse();
        assertThat(CallRules.plausibleNumber("1".repeat(25))).isFalse();
    }
}
