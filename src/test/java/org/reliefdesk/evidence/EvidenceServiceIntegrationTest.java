package org.reliefdesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
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
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.casefile.RateBasis;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The vault against a real database and a real store in a temporary directory,
 * with a 1 MB limit so the oversize case stays small. After every refusal or
 * failure, both the rows and the files on disk are counted.
 */
@IntegrationTest(properties = {"reliefdesk.demo=true", "reliefdesk.test.context=evidence",
        "reliefdesk.evidence.max-size=1MB",
        "reliefdesk.evidence.directory=${java.io.tmpdir}/reliefdesk-evidence-test-${random.uuid}"})
class EvidenceServiceIntegrationTest {

    @Autowired
    EvidenceService evidence;
    @Autowired
    FileSystemEvidenceStore store;
    @Autowired
    CaseService cases;
    @Autowired
    CallService calls;
    @Autowired
    EvidenceSweep sweep;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private long caseId;
    private String client;
    private long debtId;
    private long otherCaseDebtId;
    private long otherCaseId;

    @BeforeEach
    void openCase() throws IOException {
        // Each test counts files from an empty store (rows are counted per case).
        try (Stream<Path> walk = Files.walk(store.root())) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                Files.delete(path);
            }
        }
        SignedIn.as("counsellor", Role.COUNSELLOR);
        CaseService.OpenedCase opened = cases.openCase(Intakes.intake("周敏", "15112345678"));
        caseId = opened.caseId();
        client = opened.clientLogin().account().username();
        CaseDetails details = cases.addDebt(caseId, cases.get(caseId).version(), debt());
        debtId = details.debtsByPriority().getFirst().id();
        otherCaseId = cases.openCase(Intakes.intake("吴刚", "15112345679")).caseId();
        otherCaseDebtId = cases.addDebt(otherCaseId, cases.get(otherCaseId).version(), debt()).debtsByPriority()
                .getFirst().id();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void a_stored_file_is_kept_under_a_random_id_with_its_hash_and_read_back_verified() throws Exception {
        byte[] content = EvidenceSamples.pdf(300_000);
        EvidenceItem item = evidence.store(caseId, EvidenceSamples.file("借款合同 2024.pdf", content),
                EvidenceCategory.CONTRACT, "  网贷合同  ", EvidenceTarget.debt(debtId));

        assertThat(item.mediaType()).isEqualTo("application/pdf");
        assertThat(item.size()).isEqualTo(content.length);
        assertThat(item.sha256()).isEqualTo(sha256(content));
        assertThat(item.originalName()).isEqualTo("借款合同 2024.pdf");
        assertThat(item.description()).isEqualTo("网贷合同");
        assertThat(item.uploaderRole()).isEqualTo(Role.COUNSELLOR);
        assertThat(item.links()).containsExactly(EvidenceTarget.debt(debtId));
        assertThat(files()).hasSize(1).allSatisfy(path -> assertThat(path.getFileName().toString())
                .matches("[0-9a-f]{32}"));

        try (EvidenceContent read = evidence.open(caseId, item.id(), ReadPurpose.DOWNLOAD)) {
            assertThat(read.stream().readAllBytes()).isEqualTo(content);
        }
        assertThat(auditActions()).contains("EVIDENCE_UPLOADED", "EVIDENCE_DOWNLOADED");
    }

    @Test
    void the_type_comes_from_the_bytes_not_the_name() {
        EvidenceItem recording = evidence.store(caseId, EvidenceSamples.file("催收电话.mp3", EvidenceSamples.amr()),
                EvidenceCategory.CALL_RECORDING, null);
        assertThat(recording.mediaType()).isEqualTo("audio/amr");
        // Browsers cannot decode AMR: it is offered for download, not played in the page.
        assertThat(recording.isAudio()).isTrue();
        assertThat(recording.playable()).isFalse();
        assertThat(evidence.store(caseId, EvidenceSamples.file("screen", EvidenceSamples.png()),
                EvidenceCategory.MESSAGE_SCREENSHOT, null).mediaType()).isEqualTo("image/png");
    }

    @Test
    void a_program_renamed_to_pdf_is_refused_and_nothing_is_left() {
        assertRefusedLeavingNothing(() -> evidence.store(caseId, EvidenceSamples.file("合同.pdf",
                EvidenceSamples.exe()), EvidenceCategory.CONTRACT, null), "evidence.error.type");
    }

    @Test
    void an_empty_file_is_refused_and_nothing_is_left() {
        assertRefusedLeavingNothing(() -> evidence.store(caseId, EvidenceSamples.file("空.pdf", new byte[0]),
                EvidenceCategory.CONTRACT, null), "evidence.error.empty");
    }

    @Test
    void a_file_over_the_limit_is_stopped_while_streaming_and_nothing_is_left() {
        assertRefusedLeavingNothing(() -> evidence.store(caseId, EvidenceSamples.file("大.pdf",
                EvidenceSamples.pdf(1024 * 1024 + 1)), EvidenceCategory.CONTRACT, null), "evidence.error.tooLarge");
        // Exactly at the limit is fine.
        assertThat(evidence.store(caseId, EvidenceSamples.file("刚好.pdf", EvidenceSamples.pdf(1024 * 1024)),
                EvidenceCategory.CONTRACT, null).size()).isEqualTo(1024 * 1024);
    }

    @Test
    void names_with_path_separators_or_control_characters_are_refused_and_nothing_is_left() {
        assertRefusedLeavingNothing(() -> evidence.store(caseId, EvidenceSamples.file("../../etc/passwd.pdf",
                EvidenceSamples.pdf(100)), EvidenceCategory.CONTRACT, null), "evidence.error.namePath");
        assertRefusedLeavingNothing(() -> evidence.store(caseId, EvidenceSamples.file("C:\\合同.pdf",
                EvidenceSamples.pdf(100)), EvidenceCategory.CONTRACT, null), "evidence.error.namePath");
        assertRefusedLeavingNothing(() -> evidence.store(caseId, EvidenceSamples.file("合同\n.pdf",
                EvidenceSamples.pdf(100)), EvidenceCategory.CONTRACT, null), "evidence.error.nameControl");
        assertRefusedLeavingNothing(() -> evidence.store(caseId, EvidenceSamples.file("合同\u202Efdp.exe",
                EvidenceSamples.pdf(100)), EvidenceCategory.CONTRACT, null), "evidence.error.nameControl");
    }

    @Test
    void an_interrupted_upload_is_refused_and_leaves_no_row_and_no_partial_file() {
        byte[] head = EvidenceSamples.pdf(100);
        assertRefusedLeavingNothing(() -> evidence.store(caseId, EvidenceSamples.interrupted("合同.pdf", head,
                200_000), EvidenceCategory.CONTRACT, null), "evidence.error.interrupted");
    }

    @Test
    void a_file_written_in_a_transaction_that_rolls_back_is_deleted() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            evidence.store(caseId, EvidenceSamples.file("合同.pdf", EvidenceSamples.pdf(5000)),
                    EvidenceCategory.CONTRACT, null);
            assertThat(files()).hasSize(1);
            status.setRollbackOnly();
        });
        assertThat(rows()).isZero();
        assertThat(files()).isEmpty();
    }

    @Test
    void a_database_failure_after_the_write_deletes_the_file() {
        jdbc.execute("""
                create function evidence_test_refuse() returns trigger language plpgsql as $$
                begin raise exception 'refused by test'; end $$""");
        jdbc.execute("create trigger evidence_test_refuse before insert on evidence_item "
                + "for each row execute function evidence_test_refuse()");
        try {
            assertThatThrownBy(() -> evidence.store(caseId, EvidenceSamples.file("合同.pdf",
                    EvidenceSamples.pdf(5000)), EvidenceCategory.CONTRACT, null)).isNotNull();
            assertThat(rows()).isZero();
            assertThat(files()).isEmpty();
        } finally {
            jdbc.execute("drop trigger evidence_test_refuse on evidence_item");
            jdbc.execute("drop function evidence_test_refuse()");
        }
    }

    @Test
    void a_tampered_stored_file_is_detected_on_read_reported_and_not_served() throws IOException {
        EvidenceItem item = evidence.store(caseId, EvidenceSamples.file("合同.pdf", EvidenceSamples.pdf(10_000)),
                EvidenceCategory.CONTRACT, null);
        Path stored = files().getFirst();
        try (FileChannel channel = FileChannel.open(stored, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {'X'}), 5000);
        }
        for (ReadPurpose purpose : ReadPurpose.values()) {
            assertThatThrownBy(() -> evidence.open(caseId, item.id(), purpose))
                    .isInstanceOf(EvidenceDamagedException.class);
        }
        assertThat(auditActions()).contains("EVIDENCE_DAMAGED").doesNotContain("EVIDENCE_DOWNLOADED");
        // A file gone missing is refused too, but reported as missing, not as changed.
        Files.delete(stored);
        assertThatThrownBy(() -> evidence.open(caseId, item.id(), ReadPurpose.DOWNLOAD))
                .isInstanceOfSatisfying(EvidenceDamagedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("evidence.error.missing"));
        assertThat(auditActions()).contains("EVIDENCE_MISSING");
    }

    @Test
    void links_to_debts_are_checked_against_the_case_and_found_again() {
        EvidenceItem item = evidence.store(caseId, EvidenceSamples.file("还款.png", EvidenceSamples.png()),
                EvidenceCategory.PAYMENT_RECORD, null);
        assertThatThrownBy(() -> evidence.link(caseId, item.id(), EvidenceTarget.debt(otherCaseDebtId)))
                .isInstanceOf(NotFoundException.class);
        evidence.link(caseId, item.id(), EvidenceTarget.debt(debtId));
        long callId = calls.log(caseId, call()).id();
        long otherCaseCall = calls.log(otherCaseId, call()).id();
        assertThatThrownBy(() -> evidence.link(caseId, item.id(), EvidenceTarget.call(otherCaseCall)))
                .isInstanceOf(NotFoundException.class);
        // No module owns complaints yet, so there is nothing to link to.
        assertThatThrownBy(() -> evidence.link(caseId, item.id(), EvidenceTarget.complaint(1)))
                .isInstanceOf(NotFoundException.class);
        evidence.link(caseId, item.id(), EvidenceTarget.call(callId));
        evidence.store(caseId, EvidenceSamples.file("其他.pdf", EvidenceSamples.pdf(100)), EvidenceCategory.OTHER,
                null);

        assertThat(evidence.linkedTo(caseId, EvidenceTarget.call(callId))).extracting(EvidenceItem::id)
                .containsExactly(item.id());
        assertThat(evidence.list(caseId, new EvidenceFilter(null, debtId), PageRequest.of(0, 10)).getContent())
                .extracting(EvidenceItem::id).containsExactly(item.id());
        assertThat(evidence.list(caseId, new EvidenceFilter(EvidenceCategory.OTHER, null), PageRequest.of(0, 10))
                .getContent()).extracting(EvidenceItem::originalName).containsExactly("其他.pdf");
        evidence.unlink(caseId, item.id(), EvidenceTarget.call(callId));
        assertThat(evidence.linkedTo(caseId, EvidenceTarget.call(callId))).isEmpty();
        assertThat(auditActions()).contains("EVIDENCE_LINKED", "EVIDENCE_UNLINKED");
    }

    @Test
    void the_client_sees_only_what_they_uploaded_and_what_was_shared_with_them() {
        EvidenceItem internal = evidence.store(caseId, EvidenceSamples.file("内部.pdf", EvidenceSamples.pdf(100)),
                EvidenceCategory.OTHER, null);
        EvidenceItem shared = evidence.store(caseId, EvidenceSamples.file("共享.pdf", EvidenceSamples.pdf(100)),
                EvidenceCategory.AGREEMENT, null);
        evidence.share(caseId, shared.id(), true);

        SignedIn.as(client, Role.CLIENT);
        EvidenceItem own = evidence.store(caseId, EvidenceSamples.file("失业证明.png", EvidenceSamples.png()),
                EvidenceCategory.HARDSHIP_PROOF, "失业");
        assertThat(own.uploaderRole()).isEqualTo(Role.CLIENT);
        assertThat(evidence.list(caseId, EvidenceFilter.none(), PageRequest.of(0, 10)).getContent())
                .extracting(EvidenceItem::id).containsExactlyInAnyOrder(own.id(), shared.id());
        assertThatThrownBy(() -> evidence.get(caseId, internal.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> evidence.open(caseId, internal.id(), ReadPurpose.DOWNLOAD))
                .isInstanceOf(NotFoundException.class);
        assertThat(evidence.open(caseId, shared.id(), ReadPurpose.PREVIEW).item().id()).isEqualTo(shared.id());
        // Clients do not file agreements, link, or share.
        assertThatThrownBy(() -> evidence.store(caseId, EvidenceSamples.file("协议.pdf", EvidenceSamples.pdf(100)),
                EvidenceCategory.AGREEMENT, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> evidence.share(caseId, internal.id(), true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evidence.link(caseId, own.id(), EvidenceTarget.debt(debtId)))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as("counsellor", Role.COUNSELLOR);
        evidence.share(caseId, shared.id(), false);
        SignedIn.as(client, Role.CLIENT);
        assertThat(evidence.list(caseId, EvidenceFilter.none(), PageRequest.of(0, 10)).getContent())
                .extracting(EvidenceItem::id).containsExactly(own.id());
        SignedIn.as("counsellor", Role.COUNSELLOR);
        assertThat(auditActions()).contains("EVIDENCE_SHARED", "EVIDENCE_UNSHARED", "EVIDENCE_PREVIEWED");
    }

    @Test
    void other_counsellors_and_other_clients_get_nothing_and_admins_see_everything() {
        EvidenceItem item = evidence.store(caseId, EvidenceSamples.file("合同.pdf", EvidenceSamples.pdf(100)),
                EvidenceCategory.CONTRACT, null);
        for (String[] stranger : new String[][] {{"counsellor2", "COUNSELLOR"}, {"client2", "CLIENT"}}) {
            SignedIn.as(stranger[0], Role.valueOf(stranger[1]));
            assertThatThrownBy(() -> evidence.list(caseId, EvidenceFilter.none(), PageRequest.of(0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> evidence.get(caseId, item.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> evidence.open(caseId, item.id(), ReadPurpose.DOWNLOAD))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> evidence.linkedTo(caseId, EvidenceTarget.debt(debtId)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> evidence.store(caseId, EvidenceSamples.file("x.pdf", EvidenceSamples.pdf(100)),
                    EvidenceCategory.OTHER, null)).isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.as("admin", Role.ADMIN);
        assertThat(evidence.list(caseId, EvidenceFilter.none(), PageRequest.of(0, 10)).getContent())
                .extracting(EvidenceItem::id).containsExactly(item.id());
        assertThat(evidence.share(caseId, item.id(), true).sharedWithClient()).isTrue();
        // An item id of another case is not found through this case.
        SignedIn.as("counsellor", Role.COUNSELLOR);
        long other = cases.openCase(Intakes.intake("郑洁", "15112345670")).caseId();
        assertThatThrownBy(() -> evidence.get(other, item.id())).isInstanceOf(NotFoundException.class);
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void the_upload_handler_streams_a_file_into_the_vault_and_refuses_oversize_by_its_declared_length() {
        List<EvidenceItem> saved = new java.util.ArrayList<>();
        EvidenceUploadHandler handler = new EvidenceUploadHandler(evidence, caseId, new EvidenceUploadHandler.Settings(
                EvidenceCategory.CALL_RECORDING, "催收录音", List.of(EvidenceTarget.debt(debtId))), saved::add);
        byte[] amr = EvidenceSamples.amr();
        UploadEvent ok = uploadEvent("通话录音.amr", amr, amr.length);
        handler.handleUploadRequest(ok);
        assertThat(ok.isRejected()).isFalse();
        assertThat(saved).singleElement().satisfies(item -> {
            assertThat(item.mediaType()).isEqualTo("audio/amr");
            assertThat(item.links()).containsExactly(EvidenceTarget.debt(debtId));
        });

        UploadEvent tooBig = uploadEvent("大.pdf", EvidenceSamples.pdf(100), 2L * 1024 * 1024);
        handler.handleUploadRequest(tooBig);
        assertThat(tooBig.isRejected()).isTrue();
        assertThat(tooBig.getRejectionMessage()).isEqualTo("evidence.error.tooLarge");
        assertThat(rows()).isEqualTo(1);
        assertThat(files()).hasSize(1);
    }

    @Test
    void the_sweep_removes_only_old_leftovers_of_interrupted_uploads() throws Exception {
        EvidenceItem kept = evidence.store(caseId, EvidenceSamples.file("收据.pdf", EvidenceSamples.pdf(1000)),
                EvidenceCategory.PAYMENT_RECORD, null);
        Path keptFile = files().getFirst();
        Path directory = keptFile.getParent();
        Path oldTemp = Files.write(directory.resolve(".upload-123.tmp"), new byte[] {1});
        Path oldOrphan = Files.write(directory.resolve("0123456789abcdef0123456789abcdef"), new byte[] {2});
        Path youngOrphan = Files.write(directory.resolve("fedcba9876543210fedcba9876543210"), new byte[] {3});
        FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
        for (Path old : List.of(keptFile, oldTemp, oldOrphan)) {
            Files.setLastModifiedTime(old, twoDaysAgo);
        }

        assertThat(sweep.sweep(store)).isEqualTo(2);

        assertThat(files()).containsExactlyInAnyOrder(keptFile, youngOrphan);
        assertThat(evidence.open(caseId, kept.id(), ReadPurpose.DOWNLOAD).item().id()).isEqualTo(kept.id());
    }

    @Test
    void downloads_carry_the_original_name_players_get_ranges_and_damaged_files_get_no_bytes() throws Exception {
        byte[] content = EvidenceSamples.pdf(50_000);
        EvidenceItem item = evidence.store(caseId, EvidenceSamples.file("借款合同.pdf", content),
                EvidenceCategory.CONTRACT, null);

        MockHttpServletResponse download = serve(item, ReadPurpose.DOWNLOAD, null);
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''%E5%80%9F%E6%AC%BE%E5%90%88%E5%90%8C.pdf");
        assertThat(download.getContentType()).startsWith("application/pdf");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getContentAsByteArray()).isEqualTo(content);

        MockHttpServletResponse start = serve(item, ReadPurpose.PLAY, "bytes=0-");
        assertThat(start.getStatus()).isEqualTo(206);
        assertThat(start.getContentAsByteArray()).isEqualTo(content);
        MockHttpServletResponse part = serve(item, ReadPurpose.PLAY, "bytes=100-199");
        assertThat(part.getStatus()).isEqualTo(206);
        assertThat(part.getHeader("Content-Range")).isEqualTo("bytes 100-199/50000");
        assertThat(part.getContentAsByteArray()).isEqualTo(java.util.Arrays.copyOfRange(content, 100, 200));
        // A playback is audited once, when it starts; a seek is not another entry.
        assertThat(auditActions().stream().filter("EVIDENCE_PLAYED"::equals)).hasSize(1);

        try (FileChannel channel = FileChannel.open(files().getFirst(), StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {'X'}), 40_000);
        }
        MockHttpServletResponse damaged = serve(item, ReadPurpose.DOWNLOAD, null);
        assertThat(damaged.getStatus()).isEqualTo(409);
        assertThat(damaged.getContentAsByteArray()).isEmpty();
    }

    private MockHttpServletResponse serve(EvidenceItem item, ReadPurpose purpose, String range) throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/VAADIN/dynamic/resource/download");
        if (range != null) {
            request.addHeader("Range", range);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        EvidenceDownloads.handler(evidence, caseId, item.id(), purpose).handleDownloadRequest(new DownloadEvent(
                new VaadinServletRequest(request, null), new VaadinServletResponse(response, null), null,
                new Element("a")));
        return response;
    }

    private static UploadEvent uploadEvent(String name, byte[] body, long declaredSize) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/VAADIN/dynamic/resource/upload");
        request.setContent(body);
        return new UploadEvent(new VaadinServletRequest(request, null), null, null, name, declaredSize,
                "application/octet-stream", new Element("div"), null);
    }

    private void assertRefusedLeavingNothing(Runnable upload, String messageKey) {
        long rowsBefore = rows();
        List<Path> filesBefore = files();
        assertThatThrownBy(upload::run).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).messageKey()).isEqualTo(messageKey);
        assertThat(rows()).isEqualTo(rowsBefore);
        assertThat(files()).isEqualTo(filesBefore);
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from evidence_item where case_id = ?", Long.class, caseId);
    }

    /** Every regular file under the store, temporary ones included, in a stable order. */
    private List<Path> files() {
        try (Stream<Path> walk = Files.walk(store.root())) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> auditActions() {
        return jdbc.queryForList("select action from audit_event where case_id = ? order by id", String.class,
                caseId);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static DebtDetails debt() {
        return new DebtDetails("某消费金融", LenderType.CONSUMER_FINANCE, "消费贷", LocalDate.now().minusYears(1),
                Money.of("6000"), Money.of("5400"), Money.of("600"), new java.math.BigDecimal("18"), RateBasis.ANNUAL,
                12, Money.of("1500"), Money.of("5000"), Money.of("80"), Money.of("20"),
                LocalDate.now().minusDays(45), null, false);
    }

    private static CallDetails call() {
        return new CallDetails(null, Instant.now().minusSeconds(600), CallDirection.OUTGOING, CallParty.LENDER_SERVICE,
                "客服", "95188", Duration.ofMinutes(5), "询问分期", CallOutcome.OFFER_MADE, null, null);
    }
}
