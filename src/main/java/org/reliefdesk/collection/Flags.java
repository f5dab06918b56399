package org.reliefdesk.collection;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which conduct rules each contact breaks, from the rules in force on its Beijing date.
 * Frequency needs the whole day: give it every incident and imported attempt of the days
 * concerned (decision 010). Pure; no Spring.
 */
final class Flags {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** Per incident id, the rules it breaks (ordered by code); and the days that broke a count. */
    record Result(Map<Long, List<ConductRule>> byIncident, List<FrequencyFinding> findings) {

        List<ConductRule> of(long incidentId) {
            return byIncident.getOrDefault(incidentId, List.of());
        }
    }

    private Flags() {
    }

    static LocalDate day(Contact c) {
        return LocalDate.ofInstant(c.at(), BEIJING);
    }

    /** Inside [start, end) of the Beijing day; a window whose end is before its start wraps midnight. */
    static boolean inWindow(LocalTime time, LocalTime start, LocalTime end) {
        if (start.equals(end)) {
            return false;
        }
        return start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    static Result compute(RuleBook book, List<Contact> contacts) {
        Map<Long, Map<String, ConductRule>> flags = new HashMap<>();
        List<FrequencyFinding> findings = new ArrayList<>();
        for (Contact c : contacts) {
            for (ConductRule rule : book.inForce(day(c))) {
                if (breaksAlone(rule, c) && c.incidentId() != null) {
                    flags.computeIfAbsent(c.incidentId(), id -> new TreeMap<>()).put(rule.code(), rule);
                }
            }
        }
        nightAttempts(book, contacts, findings);
        counted(book, contacts, RuleKind.UNANSWERED_ATTEMPTS, flags, findings);
        counted(book, contacts, RuleKind.AUTOMATED_CONNECTED, flags, findings);
        Map<Long, List<ConductRule>> result = new LinkedHashMap<>();
        flags.forEach((id, rules) -> result.put(id, List.copyOf(rules.values())));
        findings.sort(Comparator.comparing(FrequencyFinding::day).thenComparing(f -> f.rule().code())
                .thenComparing(FrequencyFinding::collector));
        return new Result(result, findings);
    }

    /** The rules one contact breaks by itself, without counting others. */
    private static boolean breaksAlone(ConductRule rule, Contact c) {
        return switch (rule.kind()) {
            // A letter is not a contact at a time of day; its date is when it was received.
            case NIGHT -> c.channel() != IncidentChannel.LETTER && rule.windowStart() != null
                    && rule.windowEnd() != null
                    && inWindow(c.at().atZone(BEIJING).toLocalTime(), rule.windowStart(), rule.windowEnd());
            case THIRD_PARTY -> c.reached() != null && rule.reached().contains(c.reached());
            case CATEGORY -> c.categories().stream().anyMatch(rule.categories()::contains);
            case UNANSWERED_ATTEMPTS, AUTOMATED_CONNECTED -> false;
        };
    }

    /** Imported attempts at night: not incidents, so they show as a finding of their day. */
    private static void nightAttempts(RuleBook book, List<Contact> contacts, List<FrequencyFinding> findings) {
        Map<LocalDate, Map<String, List<Contact>>> byDay = new TreeMap<>();
        for (Contact c : contacts) {
            if (c.incidentId() == null) {
                byDay.computeIfAbsent(day(c), d -> new TreeMap<>())
                        .computeIfAbsent(c.collector(), k -> new ArrayList<>()).add(c);
            }
        }
        byDay.forEach((day, byCollector) -> book.inForce(day).stream().filter(r -> r.kind() == RuleKind.NIGHT)
                .forEach(rule -> byCollector.forEach((collector, list) -> {
                    List<Contact> night = list.stream().filter(c -> breaksAlone(rule, c)).toList();
                    if (!night.isEmpty()) {
                        findings.add(new FrequencyFinding(day, rule, collector, numbers(night), night.size(), 0));
                    }
                })));
    }

    /**
     * Unanswered attempts are counted per collector and per person reached: the rule limits
     * attempts on one contact of the debtor a day, and collectors rotate calling numbers, so
     * counting per calling number would let them off. Connected automated calls are counted
     * per collector (robots call from many numbers).
     */
    private static void counted(RuleBook book, List<Contact> contacts, RuleKind kind,
            Map<Long, Map<String, ConductRule>> flags, List<FrequencyFinding> findings) {
        Map<LocalDate, Map<String, List<Contact>>> groups = new TreeMap<>();
        for (Contact c : contacts) {
            boolean counts = c.isCall() && (kind == RuleKind.UNANSWERED_ATTEMPTS
                    ? Boolean.FALSE.equals(c.answered())
                    : Boolean.TRUE.equals(c.automated()) && !Boolean.FALSE.equals(c.answered()));
            if (counts) {
                // Imported attempts are calls to the client's own phone.
                Reached target = c.reached() == null ? Reached.CLIENT : c.reached();
                String key = kind == RuleKind.UNANSWERED_ATTEMPTS ? c.collector() + "\u0000" + target : c.collector();
                groups.computeIfAbsent(day(c), d -> new TreeMap<>()).computeIfAbsent(key, k -> new ArrayList<>())
                        .add(c);
            }
        }
        groups.forEach((day, byKey) -> book.inForce(day).stream()
                .filter(r -> r.kind() == kind && r.maxPerDay() != null)
                .forEach(rule -> byKey.forEach((key, list) -> {
                    if (list.size() > rule.maxPerDay()) {
                        String collector = list.stream().map(Contact::collector).distinct().sorted()
                                .reduce((a, b) -> a + ", " + b).orElse("");
                        findings.add(new FrequencyFinding(day, rule, collector, numbers(list), list.size(),
                                rule.maxPerDay()));
                        list.stream().filter(c -> c.incidentId() != null).forEach(c -> flags
                                .computeIfAbsent(c.incidentId(), id -> new TreeMap<>()).put(rule.code(), rule));
                    }
                })));
    }

    private static List<String> numbers(List<Contact> contacts) {
        return List.copyOf(new TreeSet<>(contacts.stream().map(Contact::number).filter(n -> !n.isEmpty()).toList()));
    }
}
