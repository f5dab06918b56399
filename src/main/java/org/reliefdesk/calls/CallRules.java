package org.reliefdesk.calls;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.regex.Pattern;
import org.reliefdesk.shared.InvalidValueException;

/** Checks a call as typed and returns it tidied (trimmed, blanks as null); the first problem is thrown. */
final class CallRules {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Phones and PCs drift; a call a few minutes "in the future" is a clock, not a typo. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(5);
    private static final Duration LONGEST_CALL = Duration.ofHours(10);
    /** A call older than this is a typo (year 0001, 2002 for 2025), not history worth logging. */
    static final int OLDEST_CALL_YEARS = 5;
    /** A next step further away than this is a typo, not a plan. */
    static final int FURTHEST_NEXT_STEP_YEARS = 2;
    /**
     * Third parties' numbers come in every form: landlines with area codes, 95xxx
     * service lines, extensions ("转 8012"), foreign numbers. Kept as typed; only
     * the characters and the count of digits are checked.
     */
    private static final Pattern NUMBER_CHARACTERS = Pattern.compile("[0-9\\s+\\-()#*.,/转分机extEXT]+");

    private CallRules() {
    }

    static CallDetails check(CallDetails d, Set<Long> debtsOfCase, Instant now) {
        require(d.debtId() == null || debtsOfCase.contains(d.debtId()), "calls.error.debt");
        require(d.at() != null && !d.at().isAfter(now.plus(CLOCK_SLACK)), "calls.error.at");
        LocalDate today = LocalDate.ofInstant(now, CHINA);
        LocalDate oldest = today.minusYears(OLDEST_CALL_YEARS);
        if (d.at().isBefore(oldest.atStartOfDay(CHINA).toInstant())) {
            throw new InvalidValueException("calls.error.atTooOld", oldest.toString());
        }
        require(d.direction() != null, "calls.error.direction");
        require(d.party() != null, "calls.error.party");
        require(d.outcome() != null, "calls.error.outcome");
        require(d.duration() != null && !d.duration().isNegative() && d.duration().compareTo(LONGEST_CALL) <= 0,
                "calls.error.duration");
        String name = blankToNull(d.partyName());
        String number = blankToNull(d.partyNumber());
        // The client's identity is held once, encrypted, on the case; it is not copied here.
        require(d.party() != CallParty.CLIENT || (name == null && number == null), "calls.error.clientIdentity");
        require(name == null || name.length() <= 100, "calls.error.partyName");
        require(number == null || plausibleNumber(number), "calls.error.partyNumber");
        String summary = blankToNull(d.summary());
        require(summary == null || summary.length() <= 4000, "calls.error.summary");
        String nextStep = blankToNull(d.nextStep());
        require(nextStep == null || nextStep.length() <= 500, "calls.error.nextStep");
        require(d.nextStepDue() == null || nextStep != null, "calls.error.nextStepDueWithoutStep");
        require(d.nextStepDue() == null || !d.nextStepDue().isBefore(LocalDate.ofInstant(d.at(), CHINA)),
                "calls.error.nextStepDue");
        LocalDate furthest = today.plusYears(FURTHEST_NEXT_STEP_YEARS);
        if (d.nextStepDue() != null && d.nextStepDue().isAfter(furthest)) {
            throw new InvalidValueException("calls.error.nextStepDueFar", furthest.toString());
        }
        return new CallDetails(d.debtId(), d.at(), d.direction(), d.party(), name, number, d.duration(), summary,
                d.outcome(), nextStep, d.nextStepDue());
    }

    static boolean plausibleNumber(String typed) {
        String plain = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        long digits = plain.chars().filter(Character::isDigit).count();
        return plain.length() <= 40 && digits >= 3 && digits <= 24 && NUMBER_CHARACTERS.matcher(plain).matches();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void require(boolean condition, String key) {
        if (!condition) {
            throw new InvalidValueException(key);
        }
    }
}
