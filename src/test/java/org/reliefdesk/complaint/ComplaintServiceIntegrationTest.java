package org.reliefdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.IntegrationTest;
import org.reliefdesk.MovableClock;
import org.reliefdesk.SignedIn;
import org.reliefdesk.casefile.CaseAlert;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.casefile.RateBasis;
import org.reliefdesk.complaint.ui.ComplaintDownloads;
import org.reliefdesk.evidence.EvidenceCategory;
import org.reliefdesk.evidence.EvidenceDamagedException;
import org.reliefdesk.evidence.EvidenceItem;
import org.reliefdesk.evidence.EvidenceProperties;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.evidence.UploadedFile;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.convention.TestBean;

@IntegrationTest(properties = {"reliefdesk.demo=true", "reliefdesk.test.context=complaint"})
@Import(ComplaintServiceIntegrationTest.Incidents.class)
class ComplaintServiceIntegrationTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
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
    ComplaintService complaints;
    @Autowired
    ComplaintDocuments documents;
    @Autowired
    ComplaintAlerts alerts;
    @Autowired
    CaseService cases;
    @Autowired
    EvidenceService evidence;
    @Autowired
    EvidenceProperties evidenceProperties;
    @Autowired
    FakeIncidents incidents;
    @Autowired
    JdbcTemplate jdbc;

    private long caseId;
    private long debtId;
    private String client;

    @BeforeEach
    void aCaseWithAConsumerFinanceDebt() {
        CLOCK.set(START);
        SignedIn.as("counsellor", Role.COUNSELLOR);
        CaseService.OpenedCase opened = cases.openCase(Intakes.intake("投诉测试", "13800138000"));
        caseId = opened.caseId();
        client = opened.clientLogin().account().username();
        debtId = cases.addDebt(caseId, cases.get(caseId).version(), debt("招联消费金融", LenderType.CONSUMER_FINANCE))
                .debtsByPriority().getFirst().id();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    static DebtDetails debt(String lender, LenderType type) {
        return new DebtDetails(lender, type, "消费贷", LocalDate.of(2025, 1, 10), Money.of("6000"), Money.of("6000"),
                Money.ZERO, new BigDecimal("18"), RateBasis.ANNUAL, 12, Money.of("1000"), Money.of("5000"),
                Money.of("80"), Money.of("20"), LocalDate.of(2025, 12, 1), null, false);
    }

    private ComplaintView draft(ChannelCode channel) {
        return complaints.draft(caseId, new ComplaintDraft(debtId, null, debtId, Set.of(Grievance.REFUSAL_TO_NEGOTIATE),
                Set.of(), "请求停止催收并同意分期", channel));
    }

    private ComplaintView filed(ChannelCode channel, LocalDate on) {
        ComplaintView d = draft(channel);
        return complaints.file(caseId, d.id(), d.version(), on, FilingMethod.WEB, "REF-" + d.id());
    }

    private List<String> actions() {
        return jdbc.queryForList("select action from audit_event where case_id = ? order by id", String.class, caseId);
    }

    @Test
    void a_complaint_is_drafted_filed_acknowledged_answered_and_closed_with_its_due_date_in_beijing_days() {
        ComplaintView draft = draft(ChannelCode.NFRA_12378);
        assertThat(draft.status()).isEqualTo(ComplaintStatus.DRAFT);
        assertThat(draft.respondentName()).isEqualTo("招联消费金融");
        assertThat(draft.respondentLenderType()).isEqualTo(LenderType.CONSUMER_FINANCE);
        assertThat(draft.dueOn()).isNull();

        // 23:30 on 1 March UTC is already 07:30 on 2 March in Beijing: filing "today" is 2 March.
        CLOCK.set(Instant.parse("2026-03-01T23:30:00Z"));
        ComplaintView filed = complaints.file(caseId, draft.id(), draft.version(), MARCH_2, FilingMethod.WEB,
                " NFRA-2026-001 ");
        assertThat(filed.status()).isEqualTo(ComplaintStatus.FILED);
        assertThat(filed.reference()).isEqualTo("NFRA-2026-001");
        assertThat(filed.dueOn()).isEqualTo(LocalDate.of(2026, 3, 17)).isEqualTo(filed.firstDueOn());
        assertThatThrownBy(() -> complaints.file(caseId, draft.id(), filed.version(), MARCH_2.plusDays(1),
                FilingMethod.WEB, null)).isInstanceOf(InvalidValueException.class);

        CLOCK.set(START.plusSeconds(86400));
        ComplaintView acknowledged = complaints.acknowledge(caseId, filed.id(), filed.version(), MARCH_2.plusDays(1),
                null);
        assertThat(acknowledged.acknowledgedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(acknowledged.reference()).isEqualTo("NFRA-2026-001");
        assertThat(acknowledged.overdue()).isFalse();

        // The due day itself is not overdue; the day after is.
        CLOCK.set(LocalDate.of(2026, 3, 17).atTime(23, 59).atZone(CHINA).toInstant());
        assertThat(complaints.complaint(caseId, filed.id()).overdue()).isFalse();
        assertThat(alerts.alertsFor(caseId)).isEmpty();
        CLOCK.set(LocalDate.of(2026, 3, 18).atTime(0, 1).atZone(CHINA).toInstant());
        assertThat(complaints.complaint(caseId, filed.id()).overdue()).isTrue();
        assertThat(alerts.alertsFor(caseId)).singleElement().satisfies(a -> {
            assertThat(a.urgent()).isTrue();
            assertThat(a.messageKey()).isEqualTo("complaint.alert.overdue");
            assertThat(a.params()).containsExactly("招联消费金融", "2026-03-17", 1L);
        });
        assertThat(alerts.badgesFor(List.of(caseId, -1L))).containsOnlyKeys(caseId)
                .extractingByKey(caseId).satisfies(b -> assertThat(b).extracting(CaseAlert::messageKey)
                        .containsExactly("complaint.badge.overdue"));
        SignedIn.as("counsellor2", Role.COUNSELLOR);
        assertThat(alerts.badgesFor(List.of(caseId))).isEmpty();
        SignedIn.as("admin", Role.ADMIN);
        assertThat(alerts.badgesFor(List.of(caseId))).containsOnlyKeys(caseId);
        SignedIn.as("counsellor", Role.COUNSELLOR);

        ComplaintView answered = complaints.answer(caseId, filed.id(), acknowledged.version(),
                LocalDate.of(2026, 3, 18), "同意停催三个月并分期12期");
        assertThat(answered.overdue()).isFalse();
        assertThat(alerts.alertsFor(caseId)).isEmpty();
        ComplaintView closed = complaints.close(caseId, filed.id(), answered.version(), LocalDate.of(2026, 3, 18),
                "客户接受答复");
        assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThatThrownBy(() -> complaints.escalate(caseId, filed.id(), closed.version(), LocalDate.of(2026, 3, 18),
                null)).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("complaint.error.transition"));

        assertThat(actions()).containsSubsequence("COMPLAINT_DRAFTED", "COMPLAINT_FILED", "COMPLAINT_ACKNOWLEDGED",
                "COMPLAINT_ANSWERED", "COMPLAINT_CLOSED");
        String facts = jdbc.queryForObject("select details from audit_event where case_id = ? and action = "
                + "'COMPLAINT_FILED'", String.class, caseId);
        assertThat(facts).contains("\"due\":\"2026-03-17\"", "\"channel\":\"NFRA_12378\"",
                "\"respondent\":\"招联消费金融\"");
    }

    @Test
    void extensions_need_a_reason_reach_sixty_days_at_most_and_channels_without_a_deadline_have_none() {
        ComplaintView filed = filed(ChannelCode.NFRA_12378, MARCH_2);
        ComplaintView thirty = complaints.extend(caseId, filed.id(), filed.version(), MARCH_2.plusDays(30),
                "情况复杂，机构书面告知延期");
        assertThat(thirty.dueOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(thirty.firstDueOn()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(thirty.extensionReason()).isEqualTo("情况复杂，机构书面告知延期");
        assertThatThrownBy(() -> complaints.extend(caseId, filed.id(), thirty.version(), MARCH_2.plusDays(61), "再延"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("complaint.error.extensionBeyondMax"));
        assertThatThrownBy(() -> complaints.extend(caseId, filed.id(), thirty.version(), MARCH_2.plusDays(45), " "))
                .isInstanceOf(InvalidValueException.class);
        ComplaintView sixty = complaints.extend(caseId, filed.id(), thirty.version(), MARCH_2.plusDays(60),
                "经总行高级管理人员审批");
        assertThat(sixty.dueOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(jdbc.queryForObject("select details from audit_event where case_id = ? and action = "
                + "'COMPLAINT_EXTENDED' order by id desc limit 1", String.class, caseId))
                .contains("\"special\":\"true\"", "\"to\":\"2026-05-01\"");

        ComplaintView miit = filed(ChannelCode.MIIT_12321, MARCH_2);
        assertThat(miit.dueOn()).isNull();
        assertThatThrownBy(() -> complaints.extend(caseId, miit.id(), miit.version(), MARCH_2.plusDays(10), "原因"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("complaint.error.noDeadline"));
        CLOCK.set(START.plusSeconds(86400L * 200));
        assertThat(complaints.complaint(caseId, miit.id()).overdue()).isFalse();
    }

    @Test
    void a_channel_version_not_yet_in_force_on_the_filed_date_is_not_used() {
        SignedIn.as("admin", Role.ADMIN);
        complaints.addChannelVersion(new ChannelDefinition(ChannelCode.PBOC_12363, LocalDate.of(2026, 3, 10),
                "中国人民银行 12363", "PBOC 12363", "征信", "Credit reports", Set.of(LenderType.BANK),
                Set.of(Grievance.CREDIT_REPORT_ERROR), 10, 20, 20, "测试规则 (verify)", null, null, true, true));
        assertThatThrownBy(() -> complaints.addChannelVersion(new ChannelDefinition(ChannelCode.PBOC_12363,
                LocalDate.of(2026, 3, 11), "x", "x", "x", "x", Set.of(), Set.of(), 10, 5, null, "x", null, null,
                false, false))).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("complaint.error.channelDays"));
        SignedIn.as("counsellor", Role.COUNSELLOR);
        assertThatThrownBy(() -> complaints.channelHistory()).isInstanceOf(AccessDeniedException.class);

        CLOCK.set(LocalDate.of(2026, 3, 12).atTime(10, 0).atZone(CHINA).toInstant());
        ComplaintView before = filed(ChannelCode.PBOC_12363, LocalDate.of(2026, 3, 9));
        ComplaintView after = filed(ChannelCode.PBOC_12363, LocalDate.of(2026, 3, 10));
        assertThat(before.dueOn()).isEqualTo(LocalDate.of(2026, 3, 24));
        assertThat(after.dueOn()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(complaints.channels(LocalDate.of(2026, 3, 9))).filteredOn(c -> c.code() == ChannelCode.PBOC_12363)
                .singleElement().satisfies(c -> assertThat(c.rule().answerDays()).isEqualTo(15));
        assertThat(complaints.channels(LocalDate.of(2026, 3, 10))).hasSize(ChannelCode.values().length)
                .filteredOn(c -> c.code() == ChannelCode.PBOC_12363)
                .singleElement().satisfies(c -> assertThat(c.rule().answerDays()).isEqualTo(10));
        // The older complaint keeps its rule: it may still be extended to 30 days, the newer one to 20.
        complaints.extend(caseId, before.id(), before.version(), LocalDate.of(2026, 4, 8), "延期");
        assertThatThrownBy(() -> complaints.extend(caseId, after.id(), after.version(), LocalDate.of(2026, 3, 31),
                "延期")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_stale_save_is_refused_and_changes_nothing() {
        ComplaintView filed = filed(ChannelCode.NFRA_12378, MARCH_2);
        complaints.acknowledge(caseId, filed.id(), filed.version(), MARCH_2, null);
        assertThatThrownBy(() -> complaints.answer(caseId, filed.id(), filed.version(), MARCH_2, "答复"))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(complaints.complaint(caseId, filed.id()).status()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
    }

    @Test
    void the_client_reads_only_their_own_filed_complaints_without_notes_and_others_are_refused() {
        ComplaintView filed = filed(ChannelCode.NFRA_12378, MARCH_2);
        complaints.addNote(caseId, filed.id(), "内部：机构客服态度差，下周再催");
        complaints.addNote(caseId, filed.id(), "第二条备注");
        assertThat(complaints.complaint(caseId, filed.id()).notes()).extracting(ComplaintNote::text)
                .containsExactly("内部：机构客服态度差，下周再催", "第二条备注");
        assertThatThrownBy(() -> jdbc.update("update complaint_note set text = 'x' where complaint_id = ?",
                filed.id())).hasMessageContaining("append-only");
        draft(ChannelCode.MIIT_12321);

        SignedIn.as(client, Role.CLIENT);
        assertThat(complaints.forClient(caseId)).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(filed.id());
            assertThat(c.status()).isEqualTo(ComplaintStatus.FILED);
            assertThat(c.dueOn()).isEqualTo(LocalDate.of(2026, 3, 17));
            assertThat(c.channelNameZh()).contains("12378");
        });
        assertThat(Arrays.stream(ClientComplaint.class.getRecordComponents()).map(r -> r.getName()))
                .doesNotContain("notes", "extensionReason", "incidentIds");
        assertThatThrownBy(() -> complaints.complaint(caseId, filed.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> complaints.addNote(caseId, filed.id(), "x")).isInstanceOf(AccessDeniedException.class);

        SignedIn.as("client2", Role.CLIENT);
        assertThatThrownBy(() -> complaints.forClient(caseId)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as("counsellor2", Role.COUNSELLOR);
        assertThatThrownBy(() -> complaints.complaint(caseId, filed.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> complaints.complaints(caseId, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as("counsellor", Role.COUNSELLOR);
        long otherCase = cases.openCase(Intakes.intake("别的案件", "13900139000")).caseId();
        assertThatThrownBy(() -> complaints.complaint(otherCase, filed.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_debt_or_incident_of_another_case_is_not_found_and_incidents_are_gathered_into_the_letter()
            throws Exception {
        long otherCase = cases.openCase(Intakes.intake("别的案件", "13900139001")).caseId();
        long otherDebt = cases.addDebt(otherCase, cases.get(otherCase).version(), debt("微粒贷", LenderType.BANK))
                .debtsByPriority().getFirst().id();
        incidents.add(fact(501, caseId, "晚上十一点打电话威胁，说要去单位闹"));
        incidents.add(fact(502, otherCase, "别人的事件"));

        assertThatThrownBy(() -> complaints.draft(caseId, new ComplaintDraft(otherDebt, null, null,
                Set.of(Grievance.EXTRA_FEES), Set.of(), null, ChannelCode.LENDER)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> complaints.draft(caseId, new ComplaintDraft(null, "某催收公司", null, Set.of(),
                Set.of(502L), null, ChannelCode.MIIT_12321))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> complaints.draft(caseId, new ComplaintDraft(null, "  ", null,
                Set.of(Grievance.EXTRA_FEES), Set.of(), null, ChannelCode.MIIT_12321)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(complaints.incidentsOf(caseId)).extracting(IncidentFact::id).containsExactly(501L);

        ComplaintView draft = complaints.draft(caseId, new ComplaintDraft(null, "  深圳某某 资产管理\u3000公司 ", null,
                Set.of(Grievance.PERSONAL_DATA_MISUSE), Set.of(501L), "停止骚扰", ChannelCode.MIIT_12321));
        assertThat(draft.respondentName()).isEqualTo("深圳某某 资产管理 公司");
        assertThat(draft.agency()).isTrue();
        assertThat(draft.incidentIds()).containsExactly(501L);

        try (PDDocument doc = Loader.loadPDF(documents.letterPdf(caseId, draft.id()))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("晚上十一点打电话威胁", "深圳某某资产管理公司", "13800138000");
            // 12321 does not need the ID number: it stays masked; the phone it needs is shown.
            assertThat(text).doesNotContain(Intakes.idNumber(0).substring(0, 6) + "19850312");
        }
        assertThat(actions()).contains("COMPLAINT_LETTER_DOWNLOADED", "MOBILE_REVEALED")
                .doesNotContain("ID_NUMBER_REVEALED");
    }

    @Test
    void the_bundle_holds_the_letter_and_the_files_and_fails_on_a_damaged_file() throws IOException {
        ComplaintView draft = draft(ChannelCode.NFRA_12378);
        byte[] content = pdf(3000);
        EvidenceItem item = evidence.store(caseId, new UploadedFile("机构答复.pdf", new ByteArrayInputStream(content)),
                EvidenceCategory.OTHER, null, EvidenceTarget.complaint(draft.id()));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.writeBundle(caseId, draft.id(), out);
        List<String> names = new ArrayList<>();
        String sums = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                names.add(entry.getName());
                byte[] bytes = zip.readAllBytes();
                if (entry.getName().equals(EvidenceBundle.SUMS)) {
                    sums = new String(bytes, StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(names).contains(EvidenceBundle.letterName(draft.id()), "evidence/" + item.id() + "-机构答复.pdf",
                EvidenceBundle.SUMS, EvidenceBundle.MANIFEST);
        assertThat(sums).contains(item.sha256() + "  evidence/" + item.id() + "-机构答复.pdf");
        assertThat(actions()).contains("COMPLAINT_BUNDLE_DOWNLOADED");

        String key = jdbc.queryForObject("select storage_key from evidence_item where id = ?", String.class, item.id());
        Path stored;
        try (Stream<Path> walk = Files.walk(evidenceProperties.directory())) {
            stored = walk.filter(p -> p.getFileName().toString().equals(key)).findFirst().orElseThrow();
        }
        try (FileChannel channel = FileChannel.open(stored, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {'X'}), 1500);
        }
        ByteArrayOutputStream refused = new ByteArrayOutputStream();
        assertThatThrownBy(() -> documents.writeBundle(caseId, draft.id(), refused))
                .isInstanceOf(EvidenceDamagedException.class);
        assertThat(refused.size()).isZero();
        // Over HTTP: a clean refusal, not a truncated ZIP.
        MockHttpServletResponse response = serve(ComplaintDownloads.bundle(documents, caseId, draft.id()));
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void downloads_are_attachments_checked_per_request() throws IOException {
        ComplaintView draft = draft(ChannelCode.NFRA_12378);
        MockHttpServletResponse letter = serve(ComplaintDownloads.letter(documents, caseId, draft.id()));
        assertThat(letter.getStatus()).isEqualTo(200);
        assertThat(letter.getContentType()).isEqualTo("application/pdf");
        assertThat(letter.getHeader("Content-Disposition")).startsWith("attachment").contains("filename*=UTF-8''");
        assertThat(new String(letter.getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        MockHttpServletResponse bundle = serve(ComplaintDownloads.bundle(documents, caseId, draft.id()));
        assertThat(bundle.getStatus()).isEqualTo(200);
        assertThat(bundle.getContentAsByteArray()).startsWith('P', 'K');

        SignedIn.as(client, Role.CLIENT);
        assertThat(serve(ComplaintDownloads.letter(documents, caseId, draft.id())).getStatus()).isEqualTo(404);
        SignedIn.as("counsellor2", Role.COUNSELLOR);
        MockHttpServletResponse other = serve(ComplaintDownloads.bundle(documents, caseId, draft.id()));
        assertThat(other.getStatus()).isEqualTo(404);
        assertThat(other.getContentAsByteArray()).isEmpty();
    }

    private static MockHttpServletResponse serve(DownloadHandler handler) throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/VAADIN/dynamic/resource/download");
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler.handleDownloadRequest(new DownloadEvent(new VaadinServletRequest(request, null),
                new VaadinServletResponse(response, null), null, new Element("a")));
        return response;
    }

    @Test
    void counts_by_respondent_channel_and_status_exclude_drafts_and_count_overdue_answers() {
        String agency = "统计 测试\u3000催收公司" + caseId;
        ComplaintView a = complaints.draft(caseId, new ComplaintDraft(null, "  " + agency + " ", null,
                Set.of(Grievance.HARASSING_CONTACT), Set.of(), null, ChannelCode.NFRA_12378));
        complaints.file(caseId, a.id(), a.version(), MARCH_2, FilingMethod.PHONE, null);
        ComplaintView b = complaints.draft(caseId, new ComplaintDraft(null, agency, null,
                Set.of(Grievance.HARASSING_CONTACT), Set.of(), null, ChannelCode.NFRA_12378));
        complaints.file(caseId, b.id(), b.version(), MARCH_2.minusDays(1), FilingMethod.WEB, null);
        complaints.draft(caseId, new ComplaintDraft(null, agency, null, Set.of(Grievance.HARASSING_CONTACT), Set.of(),
                null, ChannelCode.NFRA_12378));
        CLOCK.set(START.plusSeconds(86400L * 20));

        String normalised = "统计 测试 催收公司" + caseId;
        assertThat(complaints.complaintCounts(MARCH_2.minusDays(1), MARCH_2))
                .filteredOn(c -> c.respondent().equals(normalised)).singleElement().satisfies(c -> {
                    assertThat(c.agency()).isTrue();
                    assertThat(c.channelCode()).isEqualTo("NFRA_12378");
                    assertThat(c.status()).isEqualTo(ComplaintStatus.FILED);
                    assertThat(c.complaints()).isEqualTo(2);
                    assertThat(c.overdue()).isEqualTo(2);
                });
        assertThat(complaints.complaintCounts(MARCH_2, MARCH_2)).filteredOn(c -> c.respondent().equals(normalised))
                .singleElement().satisfies(c -> assertThat(c.complaints()).isEqualTo(1));
        SignedIn.as(client, Role.CLIENT);
        assertThatThrownBy(() -> complaints.complaintCounts(MARCH_2, MARCH_2)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_demo_seeds_filed_complaints_whose_answers_are_overdue_and_drafts_to_12321() {
        List<Long> demoCases = jdbc.queryForList("select case_id from complaint where reference like 'DEMO-%' "
                + "and status = 'FILED' order by id", Long.class);
        assertThat(demoCases).hasSize(2);
        assertThat(complaints.overdue(demoCases.getFirst())).singleElement()
                .satisfies(c -> assertThat(c.notes()).hasSize(1));
        assertThat(jdbc.queryForObject("select count(*) from complaint where status = 'DRAFT' and channel_code = "
                + "'MIIT_12321' and case_id in (?, ?)", Long.class, demoCases.get(0), demoCases.get(1))).isEqualTo(2);
    }

    private static IncidentFact fact(long id, long caseId, String description) {
        return new IncidentFact(id, caseId, null, Instant.parse("2026-02-27T15:00:00Z"), true, "深圳某某资产管理公司",
                "0755 8888 1234", "complaint.channel.MIIT_12321", "complaint.respondent.agency", List.of(),
                description, Set.of(Grievance.THREAT_OR_VIOLENCE), List.of(new BrokenRule("NIGHT", "夜间催收",
                        "Night", "22:00至08:00不得催收", "No night contact", "GB/T 45251-2025")), List.of());
    }

    private static byte[] pdf(int size) {
        byte[] head = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = Arrays.copyOf(head, size);
        for (int i = head.length; i < size; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }

    /** Stands in for the collection module's incident log until the branches are merged. */
    static final class FakeIncidents implements IncidentSource {
        private final List<IncidentFact> facts = new CopyOnWriteArrayList<>();

        void add(IncidentFact fact) {
            facts.add(fact);
        }

        @Override
        public List<IncidentFact> incidentsOf(long caseId) {
            return facts.stream().filter(f -> f.caseId() == caseId).toList();
        }

        @Override
        public List<IncidentFact> incidents(long caseId, Collection<Long> ids) {
            List<IncidentFact> found = incidentsOf(caseId).stream().filter(f -> ids.contains(f.id())).toList();
            if (found.size() != Set.copyOf(ids).size()) {
                throw new NotFoundException();
            }
            return found;
        }
    }

    @TestConfiguration
    static class Incidents {
        @Bean
        @Primary
        FakeIncidents fakeIncidents() {
            return new FakeIncidents();
        }
    }
}
