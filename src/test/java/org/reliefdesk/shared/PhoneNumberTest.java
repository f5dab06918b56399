package org.reliefdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void a_plain_mobile_number_is_valid() {
        assertThat(PhoneNumber.parse("13812345678").value()).isEqualTo("13812345678");
        assertThat(PhoneNumber.parse("19912345678").value()).isEqualTo("19912345678");
    }

    @Test
    void spaces_hyphens_and_parentheses_are_removed() {
        assertThat(PhoneNumber.parse("138 1234 5678").value()).isEqualTo("13812345678");
        assertThat(PhoneNumber.parse("138-1234-5678").value()).isEqualTo("13812345678");
        assertThat(PhoneNumber.parse("(138) 1234-5678").value()).isEqualTo("13812345678");
    }

    @Test
    void the_country_code_is_removed_in_each_usual_spelling() {
        assertThat(PhoneNumber.parse("+86 138 1234 5678").value()).isEqualTo("13812345678");
        assertThat(PhoneNumber.parse("0086-13812345678").value()).isEqualTo("13812345678");
        assertThat(PhoneNumber.parse("8613812345678").value()).isEqualTo("13812345678");
        assertThat(PhoneNumber.parse("(+86) 13812345678").value()).isEqualTo("13812345678");
    }

    @Test
    void full_width_characters_from_a_chinese_input_method_are_accepted() {
        assertThat(PhoneNumber.parse("＋８６ １３８－１２３４－５６７８").value()).isEqualTo("13812345678");
    }

    @Test
    void the_constructor_normalises_like_parse_so_equal_numbers_are_equal() {
        assertThat(new PhoneNumber("+86 138-1234-5678")).isEqualTo(PhoneNumber.parse("13812345678"));
    }

    @Test
    void a_missing_number_is_asked_for() {
        assertThat(key(null)).isEqualTo("validation.phone.required");
        assertThat(key(" ")).isEqualTo("validation.phone.required");
    }

    @Test
    void numbers_that_are_not_mainland_mobiles_are_refused() {
        assertThat(key("12812345678")).as("no mobile prefix starts 12").isEqualTo("validation.phone.format");
        assertThat(key("1381234567")).as("ten digits").isEqualTo("validation.phone.format");
        assertThat(key("138123456789")).as("twelve digits").isEqualTo("validation.phone.format");
        assertThat(key("010-12345678")).as("a Beijing landline").isEqualTo("validation.phone.format");
        assertThat(key("+85213812345678")).as("a Hong Kong code").isEqualTo("validation.phone.format");
        assertThat(key("86138123456")).as("86 without eleven digits after it").isEqualTo("validation.phone.format");
        assertThat(key("138.1234.5678")).as("dots are not guessed at").isEqualTo("validation.phone.format");
        assertThat(key("138abcd5678")).isEqualTo("validation.phone.format");
    }

    @Test
    void the_masked_form_and_last_four_show_only_what_is_needed_to_recognise_it() {
        PhoneNumber phone = PhoneNumber.parse("13812345678");

        assertThat(phone.masked()).isEqualTo("138****5678");
        assertThat(phone.lastFour()).isEqualTo("5678");
    }

    @Test
    void to_string_never_shows_the_full_number() {
        PhoneNumber phone = PhoneNumber.parse("13812345678");

        assertThat(phone.toString()).isEqualTo("138****5678");
        assertThat("calling " + phone).doesNotContain("13812345678");
    }

    private static String key(String raw) {
        try {
            PhoneNumber.parse(raw);
        } catch (InvalidValueException e) {
            return e.messageKey();
        }
        throw new AssertionError("expected an InvalidValueException for " + raw);
    }
}
