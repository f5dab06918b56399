package org.reliefdesk.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reliefdesk.platform.ClockConfiguration;
import org.reliefdesk.shared.InvalidValueException;

/**
 * What the audit log viewer narrows the log to; every part is optional. The period is of Beijing
 * dates, both days included: {@code from} 00:00 to the day after {@code to} 00:00, Beijing time.
 *
 * @param actor the exact username (or {@code system})
 * @param action the exact action code, e.g. {@code CASE_OPENED}
 */
public record AuditFilter(String actor, Long caseId, String action, LocalDate from, LocalDate to) {

    public AuditFilter {
        actor = blankToNull(actor);
        action = blankToNull(action);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValueException("admin.audit.error.reversed", from.toString(), to.toString());
        }
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }

    Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(ClockConfiguration.CHINA).toInstant();
    }

    Instant toInstantExclusive() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ClockConfiguration.CHINA).toInstant();
    }

    /** The filter as facts for the audit entry of an export. */
    Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("actor", actor == null ? "" : actor);
        facts.put("caseId", caseId == null ? "" : caseId.toString());
        facts.put("action", action == null ? "" : action);
        facts.put("from", from == null ? "" : from.toString());
        facts.put("to", to == null ? "" : to.toString());
        return facts;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
