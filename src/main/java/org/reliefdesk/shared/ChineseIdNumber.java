package org.reliefdesk.shared;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * A mainland resident identity number (居民身份证号码, GB 11643-1999), 18 characters.
 * Every instance is valid and normalised: the canonical constructor accepts what a
 * person types (spaces, lower-case x, full-width digits) and stores the plain form.
 * {@link #toString()} is masked so the full number never reaches a log by accident.
 */
public record ChineseIdNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_DIGITS = "10X98765432";
    // STRICT so that 20230230 is refused instead of being moved to the 28th.
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    public ChineseIdNumber {
        value = normalise(value);
        if (!SHAPE.matcher(value).matches() || value.charAt(0) < '1' || value.charAt(0) > '8') {
            throw new InvalidValueException("validation.idNumber.format");
        }
        birthDateOf(value);
        if (value.charAt(17) != checkDigit(value.substring(0, 17))) {
            throw new InvalidValueException("validation.idNumber.checkDigit");
        }
    }

    public static ChineseIdNumber parse(String raw) {
        return new ChineseIdNumber(raw);
    }

    /**
     * The GB 11643-1999 check character for the first 17 digits; public for tools
     * that generate sample numbers (demo data, benchmarks).
     */
    public static char checkDigit(String body) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_DIGITS.charAt(sum % 11);
    }

    /** Enough to recognise a number on screen, too little to use it: {@code 110***********123X}. */
    public String masked() {
        return value.substring(0, 3) + "*".repeat(11) + value.substring(14);
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException("validation.idNumber.required");
        }
        // NFKC turns full-width digits and Ｘ, which Chinese input methods produce, into ASCII.
        String plain = Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("(?U)\\s+", "");
        if (plain.endsWith("x")) {
            plain = plain.substring(0, plain.length() - 1) + 'X';
        }
        return plain;
    }

    private static LocalDate birthDateOf(String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value.substring(6, 14), BIRTH_DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("validation.idNumber.birthDate");
        }
        if (date.getYear() < 1900 || date.getYear() > 2100) {
            throw new InvalidValueException("validation.idNumber.birthDate");
        }
        return date;
    }
}
