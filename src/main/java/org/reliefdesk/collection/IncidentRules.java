package org.reliefdesk.collection;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.reliefdesk.shared.InvalidValueException;

/** Checks an incident as typed and returns it tidied; the first problem is thrown. */
final class IncidentRules {

    private static final Duration CLOCK_SLACK = Duration.ofMinutes(5);
    private static final Pattern NUMBER_CHARACTERS = Pattern.compile("[0-9\\s+\\-()#*.,/转分机extEXT]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private IncidentRules() {
    }

    static IncidentDetails check(IncidentDetails d, Set<Long> debtsOfCase, Instant now) {
        require(d.debtId() == null || debtsOfCase.contains(d.debtId()), "collection.error.debt");
        require(d.at() != null && !d.at().isAfter(now.plus(CLOCK_SLACK)), "collection.error.at");
        LocalDate oldest = LocalDate.ofInstant(now, Flags.BEIJING).minusYears(5);
        if (d.at().isBefore(oldest.atStartOfDay(Flags.BEIJING).toInstant())) {
            throw new InvalidValueException("collection.error.atTooOld", oldest.toString());
        }
        require(d.channel() != null, "collection.error.channel");
        require(d.reached() != null, "collection.error.reached");
        String name = collector(d.collectorName());
        require(name != null, "collection.error.collectorName");
        require(name.length() <= 100, "collection.error.collectorNameLong");
        String number = blankToNull(d.collectorNumber());
        // Calls and texts come from phone numbers; a WeChat or app message from an account name.
        boolean phone = d.channel() == IncidentChannel.CALL || d.channel() == IncidentChannel.SMS;
        require(number == null || (phone ? plausibleNumber(number) : number.length() <= 40),
                "collection.error.collectorNumber");
        String description = blankToNull(d.description());
        require(description == null || description.length() <= 4000, "collection.error.description");
        boolean call = d.channel() == IncidentChannel.CALL;
        // Answered / automated only mean something for a call.
        return new IncidentDetails(d.debtId(), d.at(), d.channel(), name, d.agency(), number, d.reached(),
                d.categories(), call ? d.answered() : null, call ? d.automated() : null, description);
    }

    /** A collector's name with its whitespace trimmed and collapsed, so one agency is one name. */
    static String collector(String typed) {
        String text = blankToNull(typed);
        return text == null ? null : SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(" ");
    }

    static boolean plausibleNumber(String typed) {
        if (typed == null) {
            return false;
        }
        String plain = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        long digits = plain.chars().filter(Character::isDigit).count();
        return plain.length() <= 40 && digits >= 3 && digits <= 24 && NUMBER_CHARACTERS.matcher(plain).matches();
    }

    /** The digits of a number, for counting calls from the same number however it was typed. */
    static String digits(String number) {
        if (number == null) {
            return "";
        }
        StringBuilder digits = new StringBuilder();
        Normalizer.normalize(number, Normalizer.Form.NFKC).chars().filter(Character::isDigit)
                .forEach(c -> digits.append((char) c));
        String plain = digits.toString();
        // +86 138... and 138... are the same mobile number.
        return plain.startsWith("86") && plain.length() == 13 ? plain.substring(2) : plain;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void require(boolean condition, String key) {
        if (!condition) {
            throw new InvalidValueException(key);
        }
    }
}
