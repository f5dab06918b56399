package org.reliefdesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.IntegrationTest;
import org.reliefdesk.MovableClock;
import org.reliefdesk.SignedIn;
import org.reliefdesk.audit.AuditEntry;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.ConsentKind;
import org.reliefdesk.casefile.ConsentMethod;
import org.reliefdesk.casefile.ConsentRecord;
import org.reliefdesk.casefile.IntakeDetails;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.deadlines.Deadline;
import org.reliefdesk.deadlines.DeadlineKind;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The client's PIPL rights end to end on a real database, with a clock the tests move. */
@IntegrationTest(properties = {"reliefdesk.demo=true", "reliefdesk.test.context=privacy"})
class PrivacyIntegrationTest {

    /** 10:00 on 2 March 2026 in Beijing. */
    private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    static final MovableClock CLOCK = new MovableClock(START);

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @Autowired
    PrivacyService privacy;
    @Autowired
    CaseService cases;
    @Autowired
    AuditTrail audit;
    @Autowired
    PrivacyDeadlines deadlines;
    @Autowired
    PrivacyAlerts alerts;

    private IntakeDetails mine;
    private long myCase;
    private String me;
    private IntakeDetails theirs;
    private long theirCase;
    private String them;

    @BeforeEach
    void twoClients() {
        CLOCK.set(START);
        SignedIn.as("counsellor", Role.COUNSELLOR);
        mine = Intakes.intake("欧阳明", "13712340001");
        CaseService.OpenedCase a = cases.openCase(mine);
        myCase = a.caseId();
        me = a.clientLogin().account().username();
        theirs = Intakes.intake("司马芸", "13712340002");
        CaseService.OpenedCase b = cases.openCase(theirs);
        theirCase = b.caseId();
        them = b.clientLogin().account().username();
        cases.recordConsent(myCase, cases.get(myCase).version(), ConsentKind.SENSITIVE_DATA, MARCH_2.minusDays(3),
                ConsentMethod.SIGNED_PAPER);
        SignedIn.as(me, Role.CLIENT);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
        CLOCK.set(START);
    }

    @Test
    void the_data_view_shows_the_clients_own_data_masked_and_nothing_of_another_client() {
        List<PersonalDataSection> sections = privacy.dataOf(myCase);
        String all = sections.toString();
        assertThat(all).contains("欧阳明", mine.address(), me).doesNotContain("司马芸", theirs.address(), them);
        assertThat(all).doesNotContain(mine.idNumber()).contains(mine.idNumber().substring(0, 3) + "*");
        assertThat(sections).extracting(PersonalDataSection::key).contains("account", "client", "consents",
                "evidence", "calls", "collectionIncidents", "agreements", "complaints", "creditReport",
                "privacyRequests");
        assertThatThrownBy(() -> privacy.dataOf(theirCase)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.ownRecord(theirCase)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.revealOwnNumbers(theirCase)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as("counsellor", Role.COUNSELLOR);
        assertThatThrownBy(() -> privacy.dataOf(myCase)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.ownRecord(myCase)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.revealOwnNumbers(myCase)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_json_copy_parses_has_every_section_and_gives_the_full_id_number() {
        List<String> keys = privacy.dataOf(myCase).stream().map(PersonalDataSection::key).toList();
        JsonNode json = JsonMapper.shared().readTree(privacy.copy(myCase, PrivacyService.Format.JSON, Locale.ENGLISH));
        assertThat(json.get("format").asString()).isEqualTo(CopyWriter.FORMAT);
        assertThat(json.get("caseId").asLong()).isEqualTo(myCase);
        for (String key : keys) {
            assertThat(json.get("sections").has(key)).as(key).isTrue();
        }
        assertThat(json.get("sections").get("client").get("items").toString()).contains(mine.idNumber(), "欧阳明");
        assertThat(json.toString()).doesNotContain("司马芸");
    }

    @Test
    void the_pdf_copy_names_the_client_and_every_copy_is_audited() throws Exception {
        byte[] pdf = privacy.copy(myCase, PrivacyService.Format.PDF, Locale.SIMPLIFIED_CHINESE);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("欧阳明", mine.idNumber(), "您的基本信息");
        }
        SignedIn.as("counsellor", Role.COUNSELLOR);
        List<AuditEntry> entries = audit.caseEntries(myCase, PageRequest.of(0, 20)).getContent();
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("PRIVACY_COPY_DOWNLOADED");
            assertThat(e.actor()).isEqualTo(me);
        });
        assertThat(entries).anySatisfy(e -> assertThat(e.action()).isEqualTo("ID_NUMBER_REVEALED"));
    }

    @Test
    void a_client_cannot_download_another_clients_copy_and_nothing_is_audited_on_that_case() {
        for (PrivacyService.Format format : PrivacyService.Format.values()) {
            assertThatThrownBy(() -> privacy.copy(theirCase, format, Locale.ENGLISH))
                    .isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.as("counsellor", Role.COUNSELLOR);
        assertThat(audit.caseEntries(theirCase, PageRequest.of(0, 50)).getContent())
                .noneMatch(e -> e.action().startsWith("PRIVACY_") || e.action().equals("ID_NUMBER_REVEALED"));
    }

    @Test
    void a_request_runs_from_received_to_refused_with_a_reason_only_by_an_administrator() {
        PrivacyRequestView filed = privacy.file(myCase, RequestKind.CORRECTION, "client", "地址写错了", "我搬家了");
        assertThat(filed.status()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(filed.receivedOn()).isEqualTo(MARCH_2);
        assertThat(filed.dueOn()).isEqualTo(MARCH_2.plusDays(30));
        assertThat(filed.ruleSource()).contains("GB/T 35273-2020");
        assertThatThrownBy(() -> privacy.file(theirCase, RequestKind.DELETION, "client", "x", "y"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> privacy.file(myCase, RequestKind.DELETION, "client", " ", "y"))
                .isInstanceOf(InvalidValueException.class);

        assertThatThrownBy(() -> privacy.start(filed.id(), filed.version())).isInstanceOf(AccessDeniedException.class);
        SignedIn.as("counsellor", Role.COUNSELLOR);
        assertThatThrownBy(() -> privacy.refuse(filed.id(), filed.version(), "no"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(privacy.requestsOf(myCase)).extracting(PrivacyRequestView::id).containsExactly(filed.id());
        assertThat(alerts.alertsFor(myCase)).singleElement()
                .satisfies(a -> assertThat(a.params()).containsExactly(1, MARCH_2.plusDays(30).toString()));

        SignedIn.as("admin", Role.ADMIN);
        PrivacyRequestView started = privacy.start(filed.id(), filed.version());
        assertThat(started.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThatThrownBy(() -> privacy.refuse(filed.id(), filed.version(), "stale"))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> privacy.refuse(filed.id(), started.version(), "  "))
                .isInstanceOf(InvalidValueException.class);
        PrivacyRequestView refused = privacy.refuse(filed.id(), started.version(), "地址与身份证一致，无需更正");
        assertThat(refused.status()).isEqualTo(RequestStatus.REFUSED);
        assertThat(refused.decidedOn()).isEqualTo(MARCH_2);
        assertThatThrownBy(() -> privacy.complete(filed.id(), refused.version(), "again"))
                .isInstanceOf(InvalidValueException.class);

        SignedIn.as(me, Role.CLIENT);
        assertThat(privacy.requestsOf(myCase)).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo("地址与身份证一致，无需更正"));
        SignedIn.as("counsellor", Role.COUNSELLOR);
        assertThat(alerts.alertsFor(myCase)).isEmpty();
        List<AuditEntry> trail = audit.caseEntries(myCase, PageRequest.of(0, 50)).getContent();
        assertThat(trail).extracting(AuditEntry::action)
                .contains("PRIVACY_REQUEST_FILED", "PRIVACY_REQUEST_STARTED", "PRIVACY_REQUEST_REFUSED");
        // The decision's text may name the data concerned: it stays on the request, never in the audit trail.
        assertThat(trail).noneMatch(e -> (e.summary() + e.details()).contains("地址与身份证一致"));
    }

    @Test
    void a_newer_rule_row_sets_the_due_date_only_of_requests_received_from_its_date_and_feeds_the_deadlines() {
        PrivacyRequestView before = privacy.file(myCase, RequestKind.DELETION, "calls", "删除通话记录", "不再需要");
        SignedIn.as("admin", Role.ADMIN);
        assertThatThrownBy(() -> privacy.addRule(MARCH_2.minusDays(1), 15, "test", false))
                .isInstanceOf(InvalidValueException.class);
        privacy.addRule(MARCH_2.plusDays(5), 15, "A later rule row (test)", false);

        CLOCK.set(START.plus(Duration.ofDays(6)));
        SignedIn.as(me, Role.CLIENT);
        PrivacyRequestView after = privacy.file(myCase, RequestKind.CORRECTION, "debts", "金额有误", "已还一部分");
        assertThat(after.dueOn()).isEqualTo(MARCH_2.plusDays(6 + 15));
        assertThat(privacy.requestsOf(myCase)).filteredOn(r -> r.id() == before.id()).singleElement()
                .satisfies(r -> assertThat(r.dueOn()).isEqualTo(MARCH_2.plusDays(30)));

        CLOCK.set(START.plus(Duration.ofDays(40)));
        SignedIn.as("admin", Role.ADMIN);
        assertThat(privacy.requests(RequestFilter.OVERDUE, PageRequest.of(0, 100)).getContent())
                .extracting(PrivacyRequestView::id).contains(before.id(), after.id());
        PrivacyRequestView done = privacy.complete(after.id(), after.version(), "已更正某银行的未还金额");
        assertThat(privacy.requests(RequestFilter.OPEN, PageRequest.of(0, 100)).getContent())
                .extracting(PrivacyRequestView::id).contains(before.id()).doesNotContain(after.id());

        SignedIn.nobody();
        List<Deadline> found = deadlines.deadlinesOf(List.of(myCase, theirCase));
        assertThat(found).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DeadlineKind.PRIVACY_REQUEST);
            assertThat(d.caseId()).isEqualTo(myCase);
        });
        assertThat(found).anySatisfy(d -> {
            assertThat(d.reference()).isEqualTo(String.valueOf(before.id()));
            assertThat(d.dueOn()).isEqualTo(MARCH_2.plusDays(30));
            assertThat(d.doneOn()).isNull();
            assertThat(d.titleKey()).isEqualTo("privacy.deadline.DELETION");
        });
        assertThat(found).anySatisfy(d -> {
            assertThat(d.reference()).isEqualTo(String.valueOf(done.id()));
            assertThat(d.dueOn()).isEqualTo(MARCH_2.plusDays(21));
            assertThat(d.doneOn()).isEqualTo(MARCH_2.plusDays(40));
        });
    }

    @Test
    void the_client_withdraws_their_own_sensitive_data_consent_and_the_counsellor_sees_it() {
        assertThat(privacy.sensitiveConsent(myCase)).hasValueSatisfying(c -> assertThat(c.active()).isTrue());
        assertThatThrownBy(() -> privacy.withdrawSensitiveConsent(theirCase))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.withdrawOwnSensitiveConsent(theirCase))
                .isInstanceOf(AccessDeniedException.class);

        privacy.withdrawSensitiveConsent(myCase);
        assertThat(privacy.sensitiveConsent(myCase)).hasValueSatisfying(c -> {
            assertThat(c.withdrawnOn()).isEqualTo(MARCH_2);
            assertThat(c.withdrawalMethod()).isEqualTo(ConsentMethod.PORTAL);
        });
        assertThatThrownBy(() -> privacy.withdrawSensitiveConsent(myCase)).isInstanceOf(InvalidValueException.class);

        SignedIn.as("counsellor", Role.COUNSELLOR);
        assertThatThrownBy(() -> cases.withdrawOwnSensitiveConsent(myCase))
                .isInstanceOf(AccessDeniedException.class);
        ConsentRecord seen = cases.get(myCase).consents().stream()
                .filter(c -> c.kind() == ConsentKind.SENSITIVE_DATA).findFirst().orElseThrow();
        assertThat(seen.withdrawnBy()).isEqualTo(me);
        assertThat(audit.caseEntries(myCase, PageRequest.of(0, 20)).getContent())
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("CONSENT_WITHDRAWN");
                    assertThat(e.actor()).isEqualTo(me);
                });
    }

    @Test
    void the_demo_client_has_one_open_correction_request_filed_ten_days_ago() {
        SignedIn.as("admin", Role.ADMIN);
        assertThat(privacy.requests(RequestFilter.OPEN, PageRequest.of(0, 100)).getContent())
                .filteredOn(r -> r.clientUsername().equals("client")).singleElement().satisfies(r -> {
                    assertThat(r.kind()).isEqualTo(RequestKind.CORRECTION);
                    assertThat(r.receivedOn()).isEqualTo(MARCH_2.minusDays(10));
                });
    }
}
