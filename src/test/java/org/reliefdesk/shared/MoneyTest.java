package org.reliefdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void every_amount_has_two_decimals_so_equal_amounts_are_equal() {
        assertThat(Money.of(new BigDecimal("1.5"))).isEqualTo(Money.of(new BigDecimal("1.50")));
        assertThat(Money.of(new BigDecimal("1.5")).hashCode()).isEqualTo(Money.of(new BigDecimal("1.50")).hashCode());
        assertThat(Money.yuan(7).amount()).isEqualByComparingTo("7").hasScaleOf(2);
        assertThat(Money.ZERO.amount()).hasScaleOf(2);
    }

    @Test
    void extra_decimals_are_rounded_half_to_even() {
        assertThat(Money.of(new BigDecimal("0.125"))).isEqualTo(Money.of(new BigDecimal("0.12")));
        assertThat(Money.of(new BigDecimal("0.135"))).isEqualTo(Money.of(new BigDecimal("0.14")));
        assertThat(Money.of(new BigDecimal("-0.125"))).isEqualTo(Money.of(new BigDecimal("-0.12")));
    }

    @Test
    void a_missing_amount_is_a_programming_error() {
        assertThatThrownBy(() -> new Money(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void typed_amounts_are_read_with_or_without_grouping_and_yuan_sign() {
        Money expected = Money.of(new BigDecimal("1234.50"));

        assertThat(Money.of("1234.5")).isEqualTo(expected);
        assertThat(Money.of("1,234.50")).isEqualTo(expected);
        assertThat(Money.of("¥1,234.50")).isEqualTo(expected);
        assertThat(Money.of(" ¥ 1234.5 ")).isEqualTo(expected);
        assertThat(Money.of("￥１，２３４．５０")).as("full-width, as Chinese input methods type it").isEqualTo(expected);
        assertThat(Money.of("0")).isEqualTo(Money.ZERO);
    }

    @Test
    void negative_amounts_are_read_including_what_format_writes() {
        Money debt = Money.of("-¥1,234.56");

        assertThat(debt).isEqualTo(Money.of(new BigDecimal("-1234.56")));
        assertThat(Money.of("¥-1234.56")).isEqualTo(debt);
        assertThat(Money.of(debt.format())).isEqualTo(debt);
        assertThat(Money.of(debt.toString())).isEqualTo(debt);
    }

    @Test
    void blank_or_unreadable_amounts_are_refused() {
        for (String typed : new String[] {null, "", "  ", "abc", "12,34", "1,2345", "1.2.3", "1e3", "¥", "--5",
                "-¥-5", "5-", "1 000,50", "12元"}) {
            assertThatThrownBy(() -> Money.of(typed))
                    .as(typed)
                    .isInstanceOf(InvalidValueException.class)
                    .extracting(e -> ((InvalidValueException) e).messageKey())
                    .isEqualTo("validation.money.format");
        }
    }

    @Test
    void arithmetic_keeps_two_decimals() {
        Money a = Money.of("100.10");
        Money b = Money.of("0.25");

        assertThat(a.plus(b)).isEqualTo(Money.of("100.35"));
        assertThat(b.minus(a)).isEqualTo(Money.of("-99.85"));
        assertThat(a.negate()).isEqualTo(Money.of("-100.10"));
        assertThat(a.plus(b).amount()).hasScaleOf(2);
    }

    @Test
    void multiplying_rounds_half_to_even_to_the_fen() {
        // 10.05 × 0.5 = 5.025, which HALF_EVEN rounds down to 5.02 (HALF_UP would give 5.03).
        assertThat(Money.of("10.05").times(new BigDecimal("0.5"))).isEqualTo(Money.of("5.02"));
        // 10.15 × 0.5 = 5.075 rounds up to the even 5.08.
        assertThat(Money.of("10.15").times(new BigDecimal("0.5"))).isEqualTo(Money.of("5.08"));
        // A daily rate of 0.05% on 12,345.67: 6.172835 → 6.17.
        assertThat(Money.of("12345.67").times(new BigDecimal("0.0005"))).isEqualTo(Money.of("6.17"));
    }

    @Test
    void sign_checks_and_comparisons() {
        Money small = Money.yuan(5);
        Money large = Money.yuan(50);

        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.ZERO.isPositive()).isFalse();
        assertThat(Money.ZERO.isNegative()).isFalse();
        assertThat(small.isPositive()).isTrue();
        assertThat(small.negate().isNegative()).isTrue();
        assertThat(small).isLessThan(large);
        assertThat(small.compareTo(Money.of("5.00"))).isZero();
        assertThat(small.max(large)).isEqualTo(large);
        assertThat(large.max(small)).isEqualTo(large);
        assertThat(small.min(large)).isEqualTo(small);
        assertThat(large.min(small)).isEqualTo(small);
    }

    @Test
    void format_shows_yuan_sign_grouping_and_two_decimals() {
        assertThat(Money.of("1234.56").format()).isEqualTo("¥1,234.56");
        assertThat(Money.of("-1234.56").format()).isEqualTo("-¥1,234.56");
        assertThat(Money.ZERO.format()).isEqualTo("¥0.00");
        assertThat(Money.of("999.9").format()).isEqualTo("¥999.90");
        assertThat(Money.yuan(1_000).format()).isEqualTo("¥1,000.00");
        assertThat(Money.yuan(123_456_789).format()).isEqualTo("¥123,456,789.00");
        assertThat(Money.of("-0.5").format()).isEqualTo("-¥0.50");
    }

    @Test
    void to_string_is_the_plain_amount() {
        assertThat(Money.of("¥1,234.56").toString()).isEqualTo("1234.56");
        assertThat(Money.yuan(1_000_000_000).toString()).isEqualTo("1000000000.00");
        assertThat(Money.ZERO.toString()).isEqualTo("0.00");
    }
}
