package org.reliefdesk.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.IntegrationTest;
import org.reliefdesk.SignedIn;
import org.reliefdesk.calls.CallDetails;
import org.reliefdesk.calls.CallDirection;
import org.reliefdesk.calls.CallOutcome;
import org.reliefdesk.calls.CallParty;
import org.reliefdesk.calls.CallService;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.IntakeDetails;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.complaint.Grievance;
import org.reliefdesk.complaint.IncidentFact;
import org.reliefdesk.complaint.IncidentSource;
import org.reliefdesk.evidence.EvidenceCategory;
import org.reliefdesk.evidence.EvidenceItem;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.evidence.UploadedFile;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest(properties = {"reliefdesk.demo=true", "reliefdesk.test.context=collection"})
class IncidentServiceIntegrationTest {

    @Autowired
    IncidentService incidents;
    @Autowired
    ConductRuleService rules;
    @Autowired
    IncidentSource source;
    @Autowired
    CaseService cases;
    @Autowired
    CallService calls;
    @Autowired
    EvidenceService evidence;
    @Autowired
    JdbcTemplate jdbc;

    private long caseId;
    private String clientUsername;

    @BeforeEach
    void aCase() {
        SignedIn.as("counsellor", Role.COUNSELLOR);
        IntakeDetails intake = Intakes.intake("催收测试", "13800138000");
        clientUsername = intake.clientUsername();
        caseId = cases.openCase(intake).caseId();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Flags.BEIJING).toInstant();
    }

    static IncidentDetails incident(String at, IncidentChannel channel, String collector, Reached reached,
            IncidentCategory... categories) {
        return new IncidentDetails(null, beijing(at), channel, collector, true, "0755 8888 1234", reached,
                Set.of(categories), channel == IncidentChannel.CALL ? true : null, false, "  威胁上门  ");
    }

    private static List<String> codes(IncidentView view) {
        return view.flags().stream().map(ConductRule::code).toList();
    }

    @Test
    void an_incident_is_recorded_with_its_flags_corrected_in_place_and_a_stale_correction_is_refused() {
        IncidentView night = incidents.record(caseId, incident("2026-10-12T22:30:00", IncidentChannel.CALL,
                "  某某   资产管理  ", Reached.CLIENT, IncidentCategory.INSULT));
        assertThat(night.details().collectorName()).isEqualTo("某某 资产管理");
        assertThat(night.details().description()).isEqualTo("威胁上门");
        assertThat(codes(night)).containsExactly("NIGHT_CONTACT", "NO_THREATS_OR_INSULTS");
        assertThat(night.flags().getFirst().source()).contains("GB/T 45251-2025");

        IncidentView corrected = incidents.correct(caseId, night.id(), night.version(), incident(
                "2026-10-12T21:30:00", IncidentChannel.CALL, "某某 资产管理", Reached.COLLEAGUE_OR_EMPLOYER,
                IncidentCategory.INSULT));
        assertThat(corrected.version()).isGreaterThan(night.version());
        assertThat(codes(corrected)).containsExactly("NO_THREATS_OR_INSULTS", "THIRD_PARTY_CONTACT");
        String audit = jdbc.queryForObject("select summary from audit_event where case_id = ? and action = "
                + "'INCIDENT_CORRECTED'", String.class, caseId);
        assertThat(audit).contains("at 2026-10-12 22:30 -> 2026-10-12 21:30", "reached CLIENT -> COLLEAGUE_OR_EMPLOYER");

        assertThatThrownBy(() -> incidents.correct(caseId, night.id(), night.version(), incident(
                "2026-10-12T20:00:00", IncidentChannel.SMS, "某某 资产管理", Reached.CLIENT)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(incidents.incident(caseId, night.id()).details().channel()).isEqualTo(IncidentChannel.CALL);
        assertThatThrownBy(() -> incidents.record(caseId, incident("2026-10-12T20:00:00", IncidentChannel.SMS, " ",
                Reached.CLIENT))).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("collection.error.collectorName"));
    }

    @Test
    void an_abusive_call_becomes_an_incident_once_with_its_evidence_carried_over() {
        long callId = calls.log(caseId, new CallDetails(null, beijing("2026-10-20T23:05:00"), CallDirection.INCOMING,
                CallParty.COLLECTION_AGENCY, "自称法务部", "0755 8888 1234", Duration.ofMinutes(3), "威胁通知单位",
                CallOutcome.ABUSIVE, null, null)).id();
        long otherCall = calls.log(caseId, new CallDetails(null, beijing("2026-10-20T10:00:00"),
                CallDirection.OUTGOING, CallParty.LENDER_SERVICE, "客服", "95188", Duration.ofMinutes(3), "协商",
                CallOutcome.OFFER_MADE, null, null)).id();
        byte[] amr = Arrays.copyOf("#!AMR\n".getBytes(StandardCharsets.ISO_8859_1), 4000);
        EvidenceItem recording = evidence.store(caseId, new UploadedFile("录音.amr", new ByteArrayInputStream(amr)),
                EvidenceCategory.CALL_RECORDING, "夜间来电录音", EvidenceTarget.call(callId));
        assertThat(incidents.convertibleCalls(caseId)).extracting(c -> c.id()).containsExactly(callId);

        IncidentView made = incidents.fromCall(caseId, callId);

        assertThat(made.callId()).isEqualTo(callId);
        assertThat(made.details().agency()).isTrue();
        assertThat(made.details().collectorName()).isEqualTo("自称法务部");
        assertThat(codes(made)).contains("NIGHT_CONTACT");
        assertThat(evidence.linkedTo(caseId, EvidenceTarget.incident(made.id()))).extracting(EvidenceItem::id)
                .containsExactly(recording.id());
        assertThat(incidents.convertibleCalls(caseId)).isEmpty();
        assertThatThrownBy(() -> incidents.fromCall(caseId, callId)).isInstanceOfSatisfying(
                InvalidValueException.class, e -> assertThat(e.messageKey()).isEqualTo("collection.error.callConverted"));
        assertThatThrownBy(() -> incidents.fromCall(caseId, otherCall)).isInstanceOfSatisfying(
                InvalidValueException.class, e -> assertThat(e.messageKey()).isEqualTo("collection.error.callNotAbusive"));
        assertThat(jdbc.queryForObject("select count(*) from collection_incident where call_id = ?", Long.class,
                callId)).isEqualTo(1);
    }

    @Test
    void an_imported_call_list_feeds_the_frequency_flags_and_a_bad_line_saves_nothing() {
        IncidentView one = incidents.record(caseId, new IncidentDetails(null, beijing("2026-11-02T09:00:00"),
                IncidentChannel.CALL, "催收甲", false, "138 0000 0001", Reached.CLIENT, Set.of(), false, false, null));
        assertThat(codes(one)).isEmpty();
        String bad = "2026-11-02 10:00,13800000001,否\n2026-11-02 10:05,13800000001,也许\n";
        assertThatThrownBy(() -> incidents.importAttempts(caseId, "催收甲", false, bad))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("collection.import.error.answered");
                    assertThat(e.arguments()).containsExactly(2, "也许");
                });
        assertThat(jdbc.queryForObject("select count(*) from collection_attempt where case_id = ?", Long.class,
                caseId)).isZero();

        StringBuilder csv = new StringBuilder("时间,号码,是否接通\n");
        for (int i = 0; i < 6; i++) {
            csv.append("2026-11-02 1%d:00,+86 13800000001,否\n".formatted(i));
        }
        ImportResult result = incidents.importAttempts(caseId, "催收甲", false, csv.toString());

        assertThat(result.imported()).isEqualTo(6);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule().code()).isEqualTo("UNANSWERED_ATTEMPTS");
            assertThat(f.count()).isEqualTo(7);
            assertThat(f.numbers()).containsExactly("13800000001");
            assertThat(f.day()).isEqualTo(LocalDate.of(2026, 11, 2));
        });
        assertThat(codes(incidents.incident(caseId, one.id()))).containsExactly("UNANSWERED_ATTEMPTS");
        assertThat(incidents.incidents(caseId, PageRequest.of(0, 10)).getContent()).singleElement()
                .satisfies(v -> assertThat(codes(v)).containsExactly("UNANSWERED_ATTEMPTS"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where case_id = ? and action = "
                + "'COLLECTION_ATTEMPTS_IMPORTED'", Long.class, caseId)).isEqualTo(1);
    }

    @Test
    void the_incident_source_gives_facts_in_time_order_and_refuses_ids_of_another_case() {
        IncidentView later = incidents.record(caseId, incident("2026-10-05T12:00:00", IncidentChannel.APP_MESSAGE,
                "某平台", Reached.COLLEAGUE_OR_EMPLOYER, IncidentCategory.DEBT_DISCLOSURE));
        IncidentView earlier = incidents.record(caseId, incident("2026-10-04T23:00:00", IncidentChannel.CALL,
                "某平台", Reached.CLIENT, IncidentCategory.THREAT_OF_VIOLENCE, IncidentCategory.FAKE_LEGAL_PAPERS));
        long otherCase = cases.openCase(Intakes.intake("别的案件", "13900139000")).caseId();
        IncidentView foreign = incidents.record(otherCase, incident("2026-10-04T12:00:00", IncidentChannel.SMS,
                "某平台", Reached.CLIENT));

        List<IncidentFact> facts = source.incidents(caseId, List.of(later.id(), earlier.id()));

        assertThat(facts).extracting(IncidentFact::id).containsExactly(earlier.id(), later.id());
        IncidentFact threat = facts.getFirst();
        assertThat(threat.channelKey()).isEqualTo("collection.channel.CALL");
        assertThat(threat.reachedKey()).isEqualTo("collection.reached.CLIENT");
        assertThat(threat.categoryKeys()).containsExactly("collection.category.THREAT_OF_VIOLENCE",
                "collection.category.FAKE_LEGAL_PAPERS");
        assertThat(threat.grievances()).containsExactlyInAnyOrder(Grievance.THREAT_OR_VIOLENCE,
                Grievance.IMPERSONATION_OR_FAKE_PAPERS, Grievance.HARASSING_CONTACT);
        assertThat(threat.rules()).extracting(r -> r.code()).contains("CRIMINAL_ILLEGAL_DEBT", "NIGHT_CONTACT");
        assertThat(threat.rules()).filteredOn(r -> r.code().equals("CRIMINAL_ILLEGAL_DEBT")).singleElement()
                .satisfies(r -> assertThat(r.source()).contains("第293条之一"));
        assertThat(facts.get(1).grievances()).containsExactly(Grievance.THIRD_PARTY_DISCLOSURE);
        assertThat(source.incidentsOf(caseId)).extracting(IncidentFact::id).containsExactly(later.id(), earlier.id());

        assertThatThrownBy(() -> source.incidents(caseId, List.of(earlier.id(), foreign.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> incidents.incident(caseId, foreign.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_client_and_another_counsellor_are_refused() {
        IncidentDetails details = incident("2026-10-06T12:00:00", IncidentChannel.SMS, "某平台", Reached.CLIENT);
        SignedIn.as(clientUsername, Role.CLIENT);
        assertThatThrownBy(() -> incidents.record(caseId, details)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> source.incidentsOf(caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> incidents.violationCounts(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as("counsellor2", Role.COUNSELLOR);
        assertThatThrownBy(() -> incidents.record(caseId, details)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> incidents.incidents(caseId, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> incidents.importAttempts(caseId, "x", false, "2026-10-06 10:00,138001,否"))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as("counsellor", Role.COUNSELLOR);
        assertThat(jdbc.queryForObject("select count(*) from collection_incident where case_id = ?", Long.class,
                caseId)).isZero();
    }

    @Test
    void an_administrator_adds_a_rule_version_from_a_date_as_a_new_audited_row_and_counsellors_cannot() {
        RuleDraft draft = new RuleDraft("TEST_FAKE_PAPERS", LocalDate.of(2026, 9, 1), false, RuleKind.CATEGORY, null,
                null, null, null, Set.of(IncidentCategory.FAKE_LEGAL_PAPERS), "测试规则", "Test rule", "测试", "Test",
                "测试来源（未核实）");
        assertThatThrownBy(() -> rules.newVersion(draft)).isInstanceOf(AccessDeniedException.class);

        SignedIn.as("admin", Role.ADMIN);
        ConductRule first = rules.newVersion(draft);
        ConductRule retired = rules.newVersion(new RuleDraft("TEST_FAKE_PAPERS", LocalDate.of(2026, 10, 1), true,
                RuleKind.CATEGORY, null, null, null, null, null, "测试规则", "Test rule", "废止", "Retired",
                "测试来源（未核实）"));
        assertThat(retired.id()).isNotEqualTo(first.id());
        assertThat(rules.history("TEST_FAKE_PAPERS")).extracting(ConductRule::effectiveFrom)
                .containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 9, 1));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'COLLECTION_RULE_VERSION' "
                + "and target_id = ?", Long.class, String.valueOf(first.id()))).isEqualTo(1);
        assertThatThrownBy(() -> rules.newVersion(draft)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.messageKey()).isEqualTo("collection.rule.error.sameDate"));
        assertThatThrownBy(() -> rules.newVersion(new RuleDraft("TEST_FAKE_PAPERS", LocalDate.of(2026, 11, 1), false,
                RuleKind.NIGHT, java.time.LocalTime.of(21, 0), java.time.LocalTime.of(9, 0), null, null, null, "t",
                "t", "s", "s", "x"))).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("collection.rule.error.kind"));

        SignedIn.as("counsellor", Role.COUNSELLOR);
        IncidentView before = incidents.record(caseId, incident("2026-08-31T12:00:00", IncidentChannel.LETTER,
                "某律所", Reached.CLIENT, IncidentCategory.FAKE_LEGAL_PAPERS));
        IncidentView during = incidents.record(caseId, incident("2026-09-15T12:00:00", IncidentChannel.LETTER,
                "某律所", Reached.CLIENT, IncidentCategory.FAKE_LEGAL_PAPERS));
        IncidentView after = incidents.record(caseId, incident("2026-10-01T12:00:00", IncidentChannel.LETTER,
                "某律所", Reached.CLIENT, IncidentCategory.FAKE_LEGAL_PAPERS));
        assertThat(codes(before)).containsExactly("NO_IMPERSONATION");
        assertThat(codes(during)).containsExactly("NO_IMPERSONATION", "TEST_FAKE_PAPERS");
        assertThat(codes(after)).containsExactly("NO_IMPERSONATION");
    }

    @Test
    void violation_counts_aggregate_incidents_and_cases_per_normalised_collector_and_violation() {
        long otherCase = cases.openCase(Intakes.intake("统计案件", "13700137000")).caseId();
        incidents.record(caseId, incident("2026-03-10T23:00:00", IncidentChannel.CALL, "统计 催收公司",
                Reached.CLIENT, IncidentCategory.INSULT));
        incidents.record(caseId, incident("2026-03-11T12:00:00", IncidentChannel.SMS, "统计催收公司",
                Reached.CLIENT, IncidentCategory.INSULT));
        incidents.record(otherCase, incident("2026-03-12T12:00:00", IncidentChannel.SMS, " 统计   催收公司 ",
                Reached.CLIENT, IncidentCategory.INSULT));
        incidents.record(otherCase, incident("2026-03-13T12:00:00", IncidentChannel.SMS, "统计 催收公司",
                Reached.CLIENT, IncidentCategory.INSULT));

        List<ViolationCount> counts = incidents.violationCounts(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12));

        assertThat(counts).filteredOn(c -> c.collector().equals("统计 催收公司")).extracting(
                ViolationCount::violationCode, ViolationCount::incidents, ViolationCount::cases).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("INSULT", 2L, 2L),
                        org.assertj.core.groups.Tuple.tuple("NO_THREATS_OR_INSULTS", 2L, 2L),
                        org.assertj.core.groups.Tuple.tuple("NIGHT_CONTACT", 1L, 1L));
        assertThat(counts).filteredOn(c -> c.collector().equals("统计催收公司")).extracting(
                ViolationCount::violationCode, ViolationCount::incidents).contains(
                        org.assertj.core.groups.Tuple.tuple("INSULT", 1L));
        assertThat(counts).filteredOn(c -> c.violationCode().equals("NIGHT_CONTACT")
                && c.collector().equals("统计 催收公司")).singleElement()
                .satisfies(c -> assertThat(c.violationKey()).isEqualTo("collection.rule.NIGHT_CONTACT"));
        SignedIn.as("admin", Role.ADMIN);
        assertThat(incidents.violationCounts(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12))).isEqualTo(counts);
    }
}
