package org.reliefdesk.shared;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A mainland mobile number, stored as its 11 digits without country code. The
 * canonical constructor accepts the usual ways of writing one ({@code +86 138-1234-5678},
 * {@code (0086)13812345678}) so every instance is valid and in one form.
 * {@link #toString()} is masked so the full number never reaches a log by accident.
 */
public record PhoneNumber(String value) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    // Separators people type; anything else (letters, dots, slashes) is refused, not guessed at.
    private static final Pattern SEPARATORS = Pattern.compile("(?U)[\\s\\-()]+");
    private static final Pattern COUNTRY_CODE = Pattern.compile("(?:\\+86|0086|86)(\\d{11})");

    public PhoneNumber {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("validation.phone.required");
        }
        // NFKC turns full-width digits, ＋ and （）, which Chinese input methods produce, into ASCII.
        String digits = SEPARATORS.matcher(Normalizer.normalize(value, Normalizer.Form.NFKC)).replaceAll("");
        var withCountryCode = COUNTRY_CODE.matcher(digits);
        if (withCountryCode.matches()) {
            digits = withCountryCode.group(1);
        }
        if (!MOBILE.matcher(digits).matches()) {
            throw new InvalidValueException("validation.phone.format");
        }
        value = digits;
    }

    public static PhoneNumber parse(String raw) {
        return new PhoneNumber(raw);
    }

    /** Enough to recognise a number on screen, too little to call it: {@code 138****5678}. */
    public String masked() {
        return value.substring(0, 3) + "****" + value.substring(7);
    }

    /** What a client is usually asked to confirm on the phone. */
    public String lastFour() {
        return value.substring(7);
    }

    @Override
    public String toString() {
        return masked();
    }
}
