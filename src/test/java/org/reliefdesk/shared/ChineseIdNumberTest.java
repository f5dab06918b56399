package org.reliefdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChineseIdNumberTest {

    // The sample printed in GB 11643-1999 and countless tutorials; its check digit is X.
    private static final String SAMPLE = "11010519491231002X";

    @Test
    void the_standard_sample_number_is_valid() {
        ChineseIdNumber id = ChineseIdNumber.parse(SAMPLE);

        assertThat(id.value()).isEqualTo(SAMPLE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void numbers_with_independently_computed_check_digits_are_valid() {
        for (String body : new String[] {"44030419900307123", "31011520001129456", "51010720200229008"}) {
            String number = body + checkDigitByHand(body);
            assertThat(ChineseIdNumber.parse(number).value()).isEqualTo(number);
        }
    }

    @Test
    void the_check_digit_can_be_x_and_is_computed_by_the_standard() {
        assertThat(checkDigitByHand("11010519491231002")).isEqualTo('X');
        assertThat(ChineseIdNumber.checkDigit("11010519491231002")).isEqualTo('X');
        assertThat(ChineseIdNumber.checkDigit("44030419900307123")).isEqualTo(checkDigitByHand("44030419900307123"));
    }

    @Test
    void a_wrong_check_digit_is_refused_as_a_likely_typing_slip() {
        assertThatThrownBy(() -> ChineseIdNumber.parse("110105194912310021"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).messageKey())
                .isEqualTo("validation.idNumber.checkDigit");
        // Two swapped digits, the most common slip, also break the check digit.
        assertThat(key(() -> ChineseIdNumber.parse("11010519491231020X"))).isEqualTo("validation.idNumber.checkDigit");
    }

    @Test
    void a_lower_case_x_and_spaces_are_accepted_and_normalised() {
        assertThat(ChineseIdNumber.parse("11010519491231002x").value()).isEqualTo(SAMPLE);
        assertThat(ChineseIdNumber.parse(" 110105 19491231 002x ").value()).isEqualTo(SAMPLE);
        assertThat(new ChineseIdNumber("11010519491231002x")).isEqualTo(ChineseIdNumber.parse(SAMPLE));
    }

    @Test
    void full_width_digits_from_a_chinese_input_method_are_accepted() {
        assertThat(ChineseIdNumber.parse("１１０１０５１９４９１２３１００２Ｘ").value()).isEqualTo(SAMPLE);
    }

    @Test
    void a_missing_number_is_asked_for() {
        assertThat(key(() -> ChineseIdNumber.parse(null))).isEqualTo("validation.idNumber.required");
        assertThat(key(() -> ChineseIdNumber.parse("  "))).isEqualTo("validation.idNumber.required");
    }

    @Test
    void a_number_of_the_wrong_length_is_refused() {
        assertThat(key(() -> ChineseIdNumber.parse("11010519491231002"))).isEqualTo("validation.idNumber.format");
        assertThat(key(() -> ChineseIdNumber.parse("11010519491231002X1"))).isEqualTo("validation.idNumber.format");
        // The old 15-digit numbers were replaced in 2013 and cannot be checked.
        assertThat(key(() -> ChineseIdNumber.parse("110105491231002"))).isEqualTo("validation.idNumber.format");
    }

    @Test
    void letters_other_than_a_final_x_are_refused() {
        assertThat(key(() -> ChineseIdNumber.parse("1101051949123100XX"))).isEqualTo("validation.idNumber.format");
        assertThat(key(() -> ChineseIdNumber.parse("11010519491231002A"))).isEqualTo("validation.idNumber.format");
        assertThat(key(() -> ChineseIdNumber.parse("X10105194912310029"))).isEqualTo("validation.idNumber.format");
    }

    @Test
    void a_region_code_starting_with_0_or_9_is_refused() {
        String zero = "01010519491231002";
        String nine = "91010519491231002";
        assertThat(key(() -> ChineseIdNumber.parse(zero + checkDigitByHand(zero)))).isEqualTo("validation.idNumber.format");
        assertThat(key(() -> ChineseIdNumber.parse(nine + checkDigitByHand(nine)))).isEqualTo("validation.idNumber.format");
    }

    @Test
    void a_birth_date_that_does_not_exist_is_refused() {
        String february30 = "44030419900230123";
        String notALeapYear = "44030420230229123";
        String month13 = "44030419901301123";
        String before1900 = "44030418991231123";
        String after2100 = "44030421010101123";
        for (String body : new String[] {february30, notALeapYear, month13, before1900, after2100}) {
            assertThat(key(() -> ChineseIdNumber.parse(body + checkDigitByHand(body))))
                    .as(body).isEqualTo("validation.idNumber.birthDate");
        }
    }

    @Test
    void the_masked_form_keeps_the_first_three_and_last_four_characters() {
        String masked = ChineseIdNumber.parse(SAMPLE).masked();

        assertThat(masked).isEqualTo("110***********002X").hasSize(18);
    }

    @Test
    void to_string_never_shows_the_full_number() {
        ChineseIdNumber id = ChineseIdNumber.parse(SAMPLE);

        assertThat(id.toString()).isEqualTo(id.masked()).doesNotContain("19491231");
        assertThat("client " + id).doesNotContain(SAMPLE);
    }

    /** GB 11643-1999, written out independently of the production code. */
    private static char checkDigitByHand(String body) {
        int[] weights = new int[17];
        for (int i = 0; i < 17; i++) {
            // The weight of position i is 2^(17-i) mod 11.
            weights[i] = (1 << (17 - i)) % 11;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += Character.digit(body.charAt(i), 10) * weights[i];
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : Character.forDigit(check, 10);
    }

    private static String key(Runnable parse) {
        try {
            parse.run();
        } catch (InvalidValueException e) {
            return e.messageKey();
        }
        throw new AssertionError("expected an InvalidValueException");
    }
}
