package org.reliefdesk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.messaging.MessagingService;
import org.reliefdesk.platform.DemoMode;
import org.reliefdesk.requests.DocumentRequestView;
import org.reliefdesk.requests.RequestService;
import org.reliefdesk.requests.RequestStatus;
import org.reliefdesk.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client's side of the portal on a phone: a counsellor asks for a document, the
 * client (390 px wide, touch) uploads it from /my-case and writes to the counsellor; the
 * client downloads a copy of their data; the counsellor sees the unread message on the
 * caseload and the request closed; an
 * administrator verifies the audit chain and exports the log as CSV with both events in it.
 */
class ClientPortalPhoneIT extends BrowserTest {

    private static final int PHONE_WIDTH = 390;

    @Autowired
    CaseService cases;
    @Autowired
    RequestService requests;
    @Autowired
    MessagingService messaging;

    @Test
    void a_client_answers_a_request_and_writes_from_a_phone_and_the_counsellor_and_the_audit_log_see_both()
            throws IOException {
        SignedIn.as("client", Role.CLIENT);
        long caseId = cases.myCases().getFirst().id();
        SignedIn.as("counsellor", Role.COUNSELLOR);
        String clientName = cases.get(caseId).clientName();
        long unreadBefore = messaging.unread(caseId);
        SignedIn.nobody();

        // The counsellor asks for a hardship proof from the case's requests tab.
        Page counsellor = browser.newPage("zh-CN");
        login(counsellor, "counsellor", DemoMode.DEMO_PASSWORD);
        counsellor.navigate(url("cases/" + caseId + "?tab=requests.tab"));
        counsellor.locator("#requests-ask").click();
        choose(counsellor, "#requests-ask-category", "困难证明");
        counsellor.locator("#requests-ask-description textarea").fill("请上传失业证明或离职证明");
        counsellor.locator("#requests-ask-save").click();
        assertThat(counsellor.locator("#requests-grid")).containsText("请上传失业证明或离职证明");
        SignedIn.as("counsellor", Role.COUNSELLOR);
        long requestId = requests.open(caseId).stream()
                .filter(r -> r.description().equals("请上传失业证明或离职证明"))
                .mapToLong(DocumentRequestView::id).findFirst().orElseThrow();
        SignedIn.nobody();

        // The client, on a phone: nothing wider than the screen, the request has its own upload.
        Page phone = browser.newPhonePage("zh-CN");
        login(phone, "client", DemoMode.DEMO_PASSWORD);
        phone.navigate(url("my-case"));
        assertThat(phone.locator("#portal-request-" + requestId)).containsText("请上传失业证明或离职证明");
        assertThat(pageWidth(phone)).isLessThanOrEqualTo(PHONE_WIDTH);
        phone.locator("#portal-request-upload-" + requestId + " input[type=file]")
                .setInputFiles(new FilePayload("离职证明.pdf", "application/pdf", pdf()));
        assertThat(phone.locator("#portal-request-done-" + requestId)).isVisible();
        assertThat(phone.locator("#portal-request-" + requestId)).hasCount(0);

        phone.locator("#message-text textarea").fill("离职证明已上传，请查收。");
        phone.locator("#message-send").click();
        assertThat(phone.locator("#messages-list")).containsText("离职证明已上传，请查收。");
        assertThat(pageWidth(phone)).isLessThanOrEqualTo(PHONE_WIDTH);

        // Their own data, from the phone: the JSON copy downloads over HTTP and holds their name.
        phone.navigate(url("my-data"));
        assertThat(phone.locator("#my-data-section-client")).isVisible();
        assertThat(pageWidth(phone)).isLessThanOrEqualTo(PHONE_WIDTH);
        String copy = new String(download(phone, "#my-data-json-" + caseId), StandardCharsets.UTF_8);
        assertThat(JsonMapper.shared().readTree(copy).isObject()).isTrue();
        assertThat(copy).contains(clientName);

        // The counsellor: one more unread message on the caseload, the request received, the message there.
        counsellor.navigate(url("cases"));
        counsellor.locator("#caseload-search input").fill(clientName);
        assertThat(counsellor.locator("#caseload-grid")).containsText((unreadBefore + 1) + " 条未读消息");
        counsellor.navigate(url("cases/" + caseId + "?tab=requests.tab"));
        assertThat(counsellor.locator("#request-status-" + requestId)).containsText("已收到");
        counsellor.navigate(url("cases/" + caseId + "?tab=messaging.tab"));
        assertThat(counsellor.locator("#messages-list")).containsText("离职证明已上传，请查收。");
        SignedIn.as("counsellor", Role.COUNSELLOR);
        assertThat(requests.get(caseId, requestId).status()).isEqualTo(RequestStatus.FULFILLED);
        assertThat(messaging.unread(caseId)).isZero();
        SignedIn.nobody();

        // The administrator: the chain verified now, and the exported log holds both events of the case.
        Page admin = browser.newPage("zh-CN");
        login(admin, "admin", DemoMode.DEMO_PASSWORD);
        admin.navigate(url("admin/audit"));
        admin.locator("#audit-verify-now").click();
        assertThat(admin.locator("#audit-chain-status")).hasText("链校验通过");
        admin.locator("#audit-filter-case input").fill(String.valueOf(caseId));
        admin.locator("#audit-filter-case input").press("Enter");
        String csv = new String(download(admin, "#audit-export-csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.get("案件")).isEqualTo(String.valueOf(caseId)));
        assertThat(rows).extracting(r -> r.get("操作代码")).contains("REQUEST_MADE", "REQUEST_FULFILLED",
                "MESSAGE_SENT", "PRIVACY_COPY_DOWNLOADED");
        assertThat(csv).doesNotContain("离职证明已上传，请查收。");
    }

    /** How wide the page lays itself out: wider than the viewport means the client scrolls sideways. */
    private static int pageWidth(Page page) {
        return ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }
}
