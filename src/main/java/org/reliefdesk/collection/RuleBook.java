package org.reliefdesk.collection;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every stored version of every conduct rule. The rule of a code in force on a Beijing date
 * is its version with the latest {@code effectiveFrom} on or before that date, unless that
 * version retires it. Pure: built from rows, tested without Spring.
 */
final class RuleBook {

    private final Map<String, List<ConductRule>> versionsByCode;

    RuleBook(List<ConductRule> versions) {
        versionsByCode = versions.stream().collect(Collectors.groupingBy(ConductRule::code,
                Collectors.collectingAndThen(Collectors.toList(), list -> list.stream()
                        .sorted(Comparator.comparing(ConductRule::effectiveFrom).reversed()).toList())));
    }

    Optional<ConductRule> inForce(String code, LocalDate day) {
        return versionsByCode.getOrDefault(code, List.of()).stream()
                .filter(v -> !v.effectiveFrom().isAfter(day)).findFirst().filter(v -> !v.retired());
    }

    /** The rules in force on a day, by code. */
    List<ConductRule> inForce(LocalDate day) {
        return versionsByCode.keySet().stream().sorted().map(code -> inForce(code, day))
                .flatMap(Optional::stream).toList();
    }

    /** Every code, sorted. */
    List<String> codes() {
        return versionsByCode.keySet().stream().sorted().toList();
    }

    /** All versions of a code, newest first. */
    List<ConductRule> history(String code) {
        return versionsByCode.getOrDefault(code, List.of());
    }
}
