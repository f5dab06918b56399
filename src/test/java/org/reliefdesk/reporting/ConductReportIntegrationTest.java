package org.reliefdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.IntegrationTest;
import org.reliefdesk.SignedIn;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.collection.IncidentCategory;
import org.reliefdesk.collection.IncidentChannel;
import org.reliefdesk.collection.IncidentDetails;
import org.reliefdesk.collection.IncidentService;
import org.reliefdesk.collection.IncidentView;
import org.reliefdesk.collection.Reached;
import org.reliefdesk.collection.ViolationCount;
import org.reliefdesk.complaint.ChannelCode;
import org.reliefdesk.complaint.ComplaintCount;
import org.reliefdesk.complaint.ComplaintDraft;
import org.reliefdesk.complaint.ComplaintService;
import org.reliefdesk.complaint.ComplaintStatus;
import org.reliefdesk.complaint.ComplaintView;
import org.reliefdesk.complaint.FilingMethod;
import org.reliefdesk.complaint.Grievance;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.InvalidValueException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest(properties = {"reliefdesk.demo=true", "reliefdesk.test.context=reporting"})
class ConductReportIntegrationTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String COLLECTOR = "报告测试资产管理";

    @Autowired
    ConductReportService reports;
    @Autowired
    IncidentService incidents;
    @Autowired
    ComplaintService complaints;
    @Autowired
    CaseService cases;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void the_report_counts_each_collectors_violations_and_filed_complaints_worst_first() {
        SignedIn.as("counsellor", Role.COUNSELLOR);
        LocalDate yesterday = LocalDate.now(clock.withZone(BEIJING)).minusDays(1);
        long caseId = cases.openCase(Intakes.intake("报告测试", "13800138011")).caseId();
        List<IncidentView> recorded = List.of(
                incidents.record(caseId, incident(yesterday.atTime(23, 10), IncidentChannel.CALL, Reached.CLIENT)),
                incidents.record(caseId, incident(yesterday.atTime(23, 40), IncidentChannel.CALL, Reached.CLIENT)),
                incidents.record(caseId, incident(yesterday.atTime(10, 0), IncidentChannel.APP_MESSAGE,
                        Reached.COLLEAGUE_OR_EMPLOYER)));
        ComplaintView draft = complaints.draft(caseId, new ComplaintDraft(null, "  " + COLLECTOR + " ", null,
                Set.of(Grievance.HARASSING_CONTACT), recorded.stream().map(IncidentView::id).collect(Collectors.toSet()),
                "停止夜间催收", ChannelCode.MIIT_12321));
        complaints.file(caseId, draft.id(), draft.version(), yesterday, FilingMethod.PHONE, "12321-REPORT");
        // A draft is not a complaint yet: it must not be counted.
        complaints.draft(caseId, new ComplaintDraft(null, COLLECTOR, null, Set.of(Grievance.EXTRA_FEES), Set.of(),
                "退还费用", ChannelCode.MIIT_12321));

        ConductReport report = reports.report(yesterday, yesterday);

        Map<String, ViolationCount> ours = report.violations().stream().filter(v -> v.collector().equals(COLLECTOR))
                .collect(Collectors.toMap(ViolationCount::violationCode, v -> v));
        assertThat(ours.get("NIGHT_CONTACT").incidents()).isEqualTo(2);
        assertThat(ours.get("NIGHT_CONTACT").cases()).isEqualTo(1);
        assertThat(ours.get("INSULT").incidents()).isEqualTo(3);
        assertThat(ours).containsKey("THIRD_PARTY_CONTACT");
        assertThat(ours.get("THIRD_PARTY_CONTACT").incidents()).isEqualTo(1);
        assertThat(report.complaints()).filteredOn(c -> c.respondent().equals(COLLECTOR)).singleElement()
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo(ComplaintStatus.FILED);
                    assertThat(c.channelCode()).isEqualTo("MIIT_12321");
                    assertThat(c.complaints()).isEqualTo(1);
                });
        assertWorstFirst(report.violations().stream().map(v -> Map.entry(v.collector(), v.incidents())).toList());
        assertWorstFirst(report.complaints().stream().map(c -> Map.entry(c.respondent(), c.complaints())).toList());

        // The day before has none of it.
        assertThat(reports.report(yesterday.minusDays(1), yesterday.minusDays(1)).violations())
                .noneMatch(v -> v.collector().equals(COLLECTOR));
    }

    @Test
    void a_missing_reversed_or_overlong_period_is_refused_with_a_message() {
        SignedIn.as("admin", Role.ADMIN);
        LocalDate day = LocalDate.of(2026, 11, 1);
        assertThatThrownBy(() -> reports.report(null, day)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.messageKey()).isEqualTo("reporting.error.periodMissing"));
        assertThatThrownBy(() -> reports.report(day, day.minusDays(1)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reporting.error.periodReversed"));
        assertThatThrownBy(() -> reports.report(day.minusYears(10).minusDays(1), day))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reporting.error.periodTooLong"));
        assertThat(reports.report(day.minusYears(10), day)).isNotNull();
    }

    @Test
    void clients_cannot_run_the_report() {
        SignedIn.as("client", Role.CLIENT);
        LocalDate day = LocalDate.of(2026, 11, 1);
        assertThatThrownBy(() -> reports.report(day, day)).isInstanceOf(AccessDeniedException.class);
    }

    private static IncidentDetails incident(LocalDateTime beijing, IncidentChannel channel, Reached reached) {
        return new IncidentDetails(null, beijing.atZone(BEIJING).toInstant(), channel, COLLECTOR, true,
                "13900139000", reached, Set.of(IncidentCategory.INSULT),
                channel == IncidentChannel.CALL ? true : null, channel == IncidentChannel.CALL ? false : null,
                "辱骂");
    }

    /** Parties in the order of their totals, largest first; a party's rows together. */
    private static void assertWorstFirst(List<Map.Entry<String, Long>> rows) {
        Map<String, Long> totals = rows.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                Collectors.summingLong(Map.Entry::getValue)));
        List<String> parties = rows.stream().map(Map.Entry::getKey).distinct().toList();
        for (int i = 1; i < parties.size(); i++) {
            assertThat(totals.get(parties.get(i))).isLessThanOrEqualTo(totals.get(parties.get(i - 1)));
        }
        for (String party : parties) {
            int first = rows.indexOf(rows.stream().filter(r -> r.getKey().equals(party)).findFirst().orElseThrow());
            long together = rows.stream().skip(first).takeWhile(r -> r.getKey().equals(party)).count();
            assertThat(together).as(party).isEqualTo(rows.stream().filter(r -> r.getKey().equals(party)).count());
        }
    }
}
