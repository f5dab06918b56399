package org.reliefdesk.complaint;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Picks the version of each channel in force on a day: the latest that started on or before it. */
final class ChannelVersions {

    private ChannelVersions() {
    }

    static Optional<ComplaintChannel> inForce(Collection<ComplaintChannel> versions, ChannelCode code, LocalDate on) {
        return versions.stream()
                .filter(c -> c.code() == code && !c.effectiveFrom().isAfter(on))
                .max(Comparator.comparing(ComplaintChannel::effectiveFrom));
    }

    /** One version per code in force on that day, in the enum's order. */
    static List<ComplaintChannel> allInForce(Collection<ComplaintChannel> versions, LocalDate on) {
        Map<ChannelCode, ComplaintChannel> latest = versions.stream()
                .filter(c -> !c.effectiveFrom().isAfter(on))
                .collect(Collectors.toMap(ComplaintChannel::code, Function.identity(),
                        (a, b) -> a.effectiveFrom().isAfter(b.effectiveFrom()) ? a : b));
        return latest.values().stream().sorted(Comparator.comparing(ComplaintChannel::code)).toList();
    }
}
