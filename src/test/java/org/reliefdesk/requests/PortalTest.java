package org.reliefdesk.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.BrowserlessUiTest;
import org.reliefdesk.SignedIn;
import org.reliefdesk.casefile.CaseAlert;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.CaseloadBadgeSource;
import org.reliefdesk.casefile.ClientEvent;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.casefile.IntakeDetails;
import org.reliefdesk.casefile.ui.CaseView;
import org.reliefdesk.casefile.ui.MyCaseView;
import org.reliefdesk.deadlines.Deadline;
import org.reliefdesk.deadlines.DeadlineKind;
import org.reliefdesk.evidence.EvidenceCategory;
import org.reliefdesk.evidence.EvidenceItem;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.evidence.UploadedFile;
import org.reliefdesk.messaging.MessageSide;
import org.reliefdesk.messaging.MessageView;
import org.reliefdesk.messaging.MessagingService;
import org.reliefdesk.privacy.PersonalDataSection;
import org.reliefdesk.privacy.PersonalDataSource;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Requested documents, secure messages and the client's page (decision 019), through services and views. */
class PortalTest extends BrowserlessUiTest {

    @Autowired
    RequestService requests;
    @Autowired
    MessagingService messaging;
    @Autowired
    EvidenceService evidence;
    @Autowired
    CaseService cases;
    @Autowired
    RequestDeadlines deadlines;
    @Autowired
    ObjectProvider<CaseloadBadgeSource> badgeSources;
    @Autowired
    ObjectProvider<PersonalDataSource> personalData;
    @Autowired
    JdbcTemplate jdbc;

    long caseId;
    String client;

    @BeforeEach
    void aCaseOfCounsellor() {
        SignedIn.as("counsellor", Role.COUNSELLOR);
        IntakeDetails intake = Intakes.intake("门户测试", "13800138000");
        caseId = cases.openCase(intake).caseId();
        client = intake.clientUsername();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void a_request_is_asked_fulfilled_by_the_clients_upload_reopened_and_cancelled_with_versions_checked() {
        LocalDate today = requests.today();
        DocumentRequestView asked = requests.ask(caseId, new DocumentRequestDraft(EvidenceCategory.HARDSHIP_PROOF,
                " 失业证明 ", today.plusDays(3)));
        assertThat(asked.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(asked.description()).isEqualTo("失业证明");

        SignedIn.as(client, Role.CLIENT);
        assertThat(requests.open(caseId)).extracting(DocumentRequestView::id).containsExactly(asked.id());
        EvidenceItem item = evidence.store(caseId, pdf("失业证明.pdf"), asked.category(), null,
                EvidenceTarget.documentRequest(asked.id()));
        DocumentRequestView fulfilled = requests.fulfil(caseId, asked.id(), item.id());
        assertThat(fulfilled.status()).isEqualTo(RequestStatus.FULFILLED);
        assertThat(fulfilled.evidenceId()).isEqualTo(item.id());
        assertThat(fulfilled.fulfilledOn()).isEqualTo(today);
        assertThat(requests.open(caseId)).isEmpty();
        assertThatThrownBy(() -> requests.fulfil(caseId, asked.id(), item.id()))
                .isInstanceOf(InvalidValueException.class);

        SignedIn.as("counsellor", Role.COUNSELLOR);
        assertThat(requests.get(caseId, asked.id()).status()).isEqualTo(RequestStatus.FULFILLED);
        assertThat(evidence.linkedTo(caseId, EvidenceTarget.documentRequest(asked.id())))
                .extracting(EvidenceItem::id).containsExactly(item.id());
        DocumentRequestView reopened = requests.reopen(caseId, asked.id(), fulfilled.version(), today.plusDays(5),
                "照片看不清，请重新拍摄");
        assertThat(reopened.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(reopened.evidenceId()).isNull();
        assertThat(reopened.dueOn()).isEqualTo(today.plusDays(5));
        assertThatThrownBy(() -> requests.cancel(caseId, asked.id(), fulfilled.version(), "不再需要"))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> requests.cancel(caseId, asked.id(), reopened.version(), " "))
                .isInstanceOf(InvalidValueException.class);
        DocumentRequestView cancelled = requests.cancel(caseId, asked.id(), reopened.version(), "已从银行直接取得");
        assertThat(cancelled.status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(cancelled.reason()).isEqualTo("已从银行直接取得");

        assertThatThrownBy(() -> requests.ask(caseId, new DocumentRequestDraft(EvidenceCategory.OTHER, "材料",
                today.minusDays(1)))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> requests.ask(caseId, new DocumentRequestDraft(EvidenceCategory.AGREEMENT, "协议",
                today))).isInstanceOf(InvalidValueException.class);
        assertThat(actions()).containsSubsequence("REQUEST_MADE", "REQUEST_FULFILLED", "REQUEST_REOPENED",
                "REQUEST_CANCELLED");
    }

    @Test
    void the_deadline_source_gives_open_and_fulfilled_requests_and_leaves_cancelled_ones_out() {
        LocalDate today = requests.today();
        DocumentRequestView open = requests.ask(caseId, new DocumentRequestDraft(EvidenceCategory.CONTRACT, "借款合同",
                today.plusDays(3)));
        DocumentRequestView done = requests.ask(caseId, new DocumentRequestDraft(EvidenceCategory.PAYMENT_RECORD,
                "银行流水", today.plusDays(7)));
        DocumentRequestView dropped = requests.ask(caseId, new DocumentRequestDraft(EvidenceCategory.OTHER, "其他",
                today));
        requests.cancel(caseId, dropped.id(), dropped.version(), "不需要了");
        SignedIn.as(client, Role.CLIENT);
        EvidenceItem item = evidence.store(caseId, pdf("流水.pdf"), EvidenceCategory.PAYMENT_RECORD, null,
                EvidenceTarget.documentRequest(done.id()));
        requests.fulfil(caseId, done.id(), item.id());
        SignedIn.nobody();

        List<Deadline> found = deadlines.deadlinesOf(List.of(caseId));
        assertThat(deadlines.kinds()).containsExactly(DeadlineKind.DOCUMENT_REQUEST);
        assertThat(found).extracting(Deadline::reference)
                .containsExactlyInAnyOrder(String.valueOf(open.id()), String.valueOf(done.id()));
        Deadline first = found.stream().filter(d -> d.reference().equals(String.valueOf(open.id()))).findFirst()
                .orElseThrow();
        assertThat(first.dueOn()).isEqualTo(today.plusDays(3));
        assertThat(first.doneOn()).isNull();
        assertThat(first.titleKey()).isEqualTo("requests.deadline.CONTRACT");
        assertThat(first.tabKey()).isEqualTo("requests.tab");
        Deadline second = found.stream().filter(d -> d.reference().equals(String.valueOf(done.id()))).findFirst()
                .orElseThrow();
        assertThat(second.doneOn()).isEqualTo(today);
        assertThat(deadlines.deadlinesOf(List.of())).isEmpty();
    }

    @Test
    void messages_go_both_ways_newest_first_with_unread_counts_and_opening_marks_them_read() {
        MessageView first = messaging.send(caseId, "您好，请上传失业证明。");
        SignedIn.as(client, Role.CLIENT);
        assertThat(messaging.unread(caseId)).isEqualTo(1);
        assertThat(messaging.openConversation(caseId)).isEqualTo(1);
        assertThat(messaging.unread(caseId)).isZero();
        MessageView reply = messaging.send(caseId, "  好的，明天上传。 ");
        assertThat(reply.body()).isEqualTo("好的，明天上传。");
        assertThat(reply.side()).isEqualTo(MessageSide.CLIENT);
        messaging.send(caseId, "今天又有人打电话给我同事。");
        List<MessageView> conversation = messaging.conversation(caseId, PageRequest.of(0, 10)).getContent();
        assertThat(conversation).extracting(MessageView::body).containsExactly("今天又有人打电话给我同事。",
                "好的，明天上传。", "您好，请上传失业证明。");
        assertThat(conversation.get(2).readAt()).isNotNull();
        assertThat(messaging.all(caseId)).extracting(MessageView::body).containsExactly("您好，请上传失业证明。",
                "好的，明天上传。", "今天又有人打电话给我同事。");
        assertThat(personalData.stream().flatMap(source -> source.personalDataOf(caseId).stream())
                .filter(section -> section.key().equals("messages")).findFirst().orElseThrow().items())
                .extracting(PersonalDataSection.Item::labelKey).containsExactly("messaging.privacy.from.COUNSELLOR",
                        "messaging.privacy.from.CLIENT", "messaging.privacy.from.CLIENT");
        assertThat(messaging.conversation(caseId, PageRequest.of(0, 2)).hasNext()).isTrue();

        long before = count();
        assertThatThrownBy(() -> messaging.send(caseId, "   ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> messaging.send(caseId, "字".repeat(MessagingService.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(count()).isEqualTo(before);

        SignedIn.as("counsellor", Role.COUNSELLOR);
        assertThat(messaging.unread(caseId)).isEqualTo(2);
        assertThat(badges(caseId)).containsEntry(caseId, 2L);
        assertThat(messaging.openConversation(caseId)).isEqualTo(2);
        assertThat(messaging.unread(caseId)).isZero();
        assertThat(badges(caseId)).doesNotContainKey(caseId);
        assertThat(messaging.conversation(caseId, PageRequest.of(0, 10)).getContent())
                .allMatch(m -> m.readAt() != null);

        // The audit says a message was sent, never what it said.
        List<Map<String, Object>> sent = jdbc.queryForList(
                "select summary, details from audit_event where case_id = ? and action = 'MESSAGE_SENT'", caseId);
        assertThat(sent).hasSize(3);
        assertThat(sent).allSatisfy(row -> assertThat(row.toString()).doesNotContain("失业证明", "打电话", "上传"));
        assertThat(first.id()).isPositive();
    }

    @Test
    void nobody_else_reads_or_writes_a_cases_messages_or_requests_and_another_cases_ids_are_not_found() {
        DocumentRequestView asked = requests.ask(caseId, new DocumentRequestDraft(EvidenceCategory.OTHER, "身份证复印件",
                requests.today()));
        messaging.send(caseId, "仅限本案件");

        // The demo client owns another case.
        SignedIn.as("client", Role.CLIENT);
        long clientsOwn = cases.myCases().getFirst().id();
        assertThatThrownBy(() -> messaging.conversation(caseId, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messaging.send(caseId, "你好")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messaging.openConversation(caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messaging.all(caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.requests(caseId, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.open(caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.clientTimeline(caseId, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        // Their own case, another case's request id: not found, and no upload may be linked to it.
        assertThatThrownBy(() -> requests.get(clientsOwn, asked.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> evidence.store(clientsOwn, pdf("x.pdf"), EvidenceCategory.OTHER, null,
                EvidenceTarget.documentRequest(asked.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> evidence.store(clientsOwn, pdf("x.pdf"), EvidenceCategory.OTHER, null,
                EvidenceTarget.debt(1))).isInstanceOf(InvalidValueException.class);

        SignedIn.as(client, Role.CLIENT);
        assertThatThrownBy(() -> requests.ask(caseId, new DocumentRequestDraft(EvidenceCategory.OTHER, "自己要",
                requests.today()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.cancel(caseId, asked.id(), asked.version(), "不想交"))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as("counsellor2", Role.COUNSELLOR);
        assertThatThrownBy(() -> messaging.conversation(caseId, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.requests(caseId, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(badges(caseId)).doesNotContainKey(caseId);

        SignedIn.as("admin", Role.ADMIN);
        assertThat(messaging.conversation(caseId, PageRequest.of(0, 10)).getContent()).hasSize(1);
        assertThatThrownBy(() -> messaging.send(caseId, "管理员插话")).isInstanceOf(AccessDeniedException.class);
        assertThat(messaging.openConversation(caseId)).isZero();
        assertThat(actions()).contains("MESSAGES_READ_BY_ADMIN");
    }

    @Test
    void the_clients_timeline_shows_only_allow_listed_events_with_their_allowed_facts() {
        requests.ask(caseId, new DocumentRequestDraft(EvidenceCategory.OTHER, "收入证明", requests.today()));
        cases.revealMobile(caseId);
        messaging.send(caseId, "内部不显示");
        SignedIn.as(client, Role.CLIENT);
        List<ClientEvent> events = cases.clientTimeline(caseId, PageRequest.of(0, 20)).getContent();
        assertThat(events).extracting(ClientEvent::action).containsExactly("REQUEST_MADE");
        assertThat(events.getFirst().facts()).containsOnlyKeys("category", "due");
    }

    @Test
    void the_demo_clients_page_shows_what_is_asked_with_an_upload_each_and_sends_a_message() {
        SignedIn.as("client", Role.CLIENT);
        long own = cases.myCases().getFirst().id();
        List<DocumentRequestView> open = requests.open(own);
        assertThat(open).hasSize(1);
        assertThat(open.getFirst().dueOn()).isEqualTo(requests.today().plusDays(3));
        assertThat(requests.requests(own, PageRequest.of(0, 10)).getContent())
                .filteredOn(r -> r.status() == RequestStatus.FULFILLED).hasSize(1);
        SignedIn.as("counsellor", Role.COUNSELLOR);
        assertThat(messaging.unread(own)).isEqualTo(1);
        assertThat(messaging.conversation(own, PageRequest.of(0, 10)).getContent()).hasSize(4);

        SignedIn.as("client", Role.CLIENT);
        navigate(MyCaseView.class);
        assertThat($(Div.class).id("portal-asked")).isNotNull();
        assertThat($(Div.class).id("portal-request-" + open.getFirst().id())).isNotNull();
        Upload upload = $(Upload.class).id("portal-request-upload-" + open.getFirst().id());
        assertThat(upload.getMaxFileSize()).isEqualTo((int) Math.min(Integer.MAX_VALUE, evidence.maxSizeBytes()));
        long sent = requests.requests(own, PageRequest.of(0, 10)).getContent().stream()
                .filter(r -> r.status() == RequestStatus.FULFILLED).findFirst().orElseThrow().id();
        assertThat($(Anchor.class).id("request-download-" + sent).getHref()).isNotBlank();
        assertThat($(Div.class).id("messages-list").getComponentCount()).isEqualTo(4);
        assertThat($(Div.class).id("my-timeline-list").getComponentCount()).isPositive();

        test($(TextArea.class).id("message-text")).setValue("收到，谢谢。");
        test($(Button.class).id("message-send")).click();
        assertThat(messaging.conversation(own, PageRequest.of(0, 1)).getContent().getFirst().body())
                .isEqualTo("收到，谢谢。");
        assertThat($(Div.class).id("messages-list").getComponentCount()).isEqualTo(5);
    }

    @Test
    void the_staff_tabs_list_the_requests_and_mark_messages_read_only_when_the_messages_tab_is_opened() {
        SignedIn.as(client, Role.CLIENT);
        messaging.send(caseId, "请问进展如何？");
        SignedIn.as("counsellor", Role.COUNSELLOR);
        requests.ask(caseId, new DocumentRequestDraft(EvidenceCategory.CONTRACT, "借款合同", requests.today()));
        navigate(CaseView.class, Map.of("caseId", String.valueOf(caseId)));
        assertThat(messaging.unread(caseId)).isEqualTo(1);

        selectTab("索要材料");
        assertThat(test($(Grid.class).id("requests-grid")).size()).isEqualTo(1);
        assertThat(messaging.unread(caseId)).isEqualTo(1);
        selectTab("消息");
        // The tab shows what was new when it opened, and opening it read them.
        assertThat($(Span.class).id("messages-unread").getText()).contains("1");
        assertThat(messaging.unread(caseId)).isZero();
    }

    private void selectTab(String label) {
        TabSheet tabs = $(TabSheet.class).id("case-tabs");
        for (int i = 0; ; i++) {
            tabs.setSelectedIndex(i);
            if (label.equals(tabs.getSelectedTab().getLabel())) {
                return;
            }
        }
    }

    private Map<Long, Long> badges(long id) {
        Map<Long, Long> unread = new HashMap<>();
        badgeSources.forEach(source -> source.badgesFor(List.of(id)).forEach((c, alerts) -> alerts.stream()
                .filter(a -> a.messageKey().equals("messaging.badge.unread"))
                .map(CaseAlert::params).forEach(p -> unread.put(c, ((Number) p.getFirst()).longValue()))));
        return unread;
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from case_message where case_id = ?", Long.class, caseId);
    }

    private List<String> actions() {
        return jdbc.queryForList("select action from audit_event where case_id = ? order by id", String.class, caseId);
    }

    private static UploadedFile pdf(String name) {
        byte[] head = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        return new UploadedFile(name, new ByteArrayInputStream(Arrays.copyOf(head, head.length)));
    }
}
