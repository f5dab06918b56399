package org.reliefdesk.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.reliefdesk.collection.IncidentService;
import org.reliefdesk.collection.ViolationCount;
import org.reliefdesk.complaint.ComplaintCount;
import org.reliefdesk.complaint.ComplaintService;
import org.reliefdesk.shared.InvalidValueException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The cross-case conduct report: which collectors abuse most, and what came of complaints. */
@Service
@Transactional(readOnly = true)
public class ConductReportService {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final int MAX_YEARS = 10;

    private final IncidentService incidents;
    private final ComplaintService complaints;
    private final Clock clock;

    ConductReportService(IncidentService incidents, ComplaintService complaints, Clock clock) {
        this.incidents = incidents;
        this.complaints = complaints;
        this.clock = clock;
    }

    /** The twelve months up to today, Beijing time: the report's default period. */
    public ReportPeriod lastTwelveMonths() {
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        return new ReportPeriod(today.minusYears(1).plusDays(1), today);
    }

    @PreAuthorize("hasAnyRole('COUNSELLOR','ADMIN')")
    public ConductReport report(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidValueException("reporting.error.periodMissing");
        }
        if (from.isAfter(to)) {
            throw new InvalidValueException("reporting.error.periodReversed");
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new InvalidValueException("reporting.error.periodTooLong", MAX_YEARS);
        }
        List<ViolationCount> violations = worstFirst(incidents.violationCounts(from, to),
                ViolationCount::collector, ViolationCount::incidents);
        List<ComplaintCount> filed = worstFirst(complaints.complaintCounts(from, to),
                ComplaintCount::respondent, ComplaintCount::complaints);
        return new ConductReport(from, to, violations, filed);
    }

    /** Rows of the party with the largest total first, then each party's largest rows first. */
    static <T> List<T> worstFirst(List<T> rows, Function<T, String> party, ToLongFunction<T> count) {
        Map<String, Long> totals = rows.stream().collect(Collectors.groupingBy(party, Collectors.summingLong(count)));
        return rows.stream()
                .sorted(Comparator.<T>comparingLong(r -> -totals.get(party.apply(r)))
                        .thenComparing(party)
                        .thenComparingLong(r -> -count.applyAsLong(r)))
                .toList();
    }
}
