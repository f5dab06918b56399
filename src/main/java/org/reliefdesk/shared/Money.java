package org.reliefdesk.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount in CNY, always with two decimals. The scale is fixed in the constructor,
 * so {@code 1.5} and {@code 1.50} are equal and the record's own equals is right.
 * Rounding is HALF_EVEN (banker's rounding) unless a rule says otherwise.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    private static final int SCALE = 2;
    private static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;
    // Either plain digits or correct groups of three, so a slip like "12,34" is refused, not read as 1234.
    private static final Pattern TYPED = Pattern.compile("(-?)¥?(-?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?");

    // Declared after the constants above: static fields initialise in order, and the constructor needs them.
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        amount = amount.setScale(SCALE, ROUNDING);
    }

    /** Reads what a person types: {@code 1234.5}, {@code 1,234.50}, {@code ¥1,234.50}, {@code -¥20}. */
    public static Money of(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidValueException("validation.money.format");
        }
        // NFKC turns the full-width ￥, comma and digits of Chinese input methods into ASCII ones.
        String plain = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("(?U)\\s+", "");
        var parts = TYPED.matcher(plain);
        if (!parts.matches() || (!parts.group(1).isEmpty() && !parts.group(2).isEmpty())) {
            throw new InvalidValueException("validation.money.format");
        }
        boolean negative = !parts.group(1).isEmpty() || !parts.group(2).isEmpty();
        String fraction = parts.group(4) == null ? "" : parts.group(4);
        BigDecimal amount = new BigDecimal(parts.group(3).replace(",", "") + fraction);
        return new Money(negative ? amount.negate() : amount);
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    public static Money yuan(long yuan) {
        return new Money(BigDecimal.valueOf(yuan));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** For rates and shares; the product is rounded HALF_EVEN to fen. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /**
     * For display: {@code ¥1,234.56}, {@code -¥1,234.56}. Built by hand rather than with
     * {@code NumberFormat}, whose CNY symbol and sign placement depend on the JDK's locale data.
     */
    public String format() {
        String digits = amount.abs().toPlainString();
        int point = digits.indexOf('.');
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3 + 2);
        for (int i = 0; i < point; i++) {
            if (i > 0 && (point - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(digits.charAt(i));
        }
        grouped.append(digits, point, digits.length());
        return (isNegative() ? "-¥" : "¥") + grouped;
    }

    /** The plain amount, e.g. {@code 1234.56}; what forms and CSV exports need. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
