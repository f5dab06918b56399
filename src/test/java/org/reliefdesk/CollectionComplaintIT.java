package org.reliefdesk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.platform.DemoMode;
import org.reliefdesk.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Abusive collection in a real browser: a counsellor logs three night-time calls and a
 * message to the client's employer, sees the rules they break, files a 12321 complaint
 * and downloads its letter and evidence bundle, both checked byte for byte.
 */
class CollectionComplaintIT extends BrowserTest {

    private static final String AGENCY = "夜呼资产管理";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy/M/d");

    @Autowired
    CaseService cases;

    @Test
    void a_counsellor_logs_night_calls_and_an_employer_message_sees_the_flags_and_files_a_12321_complaint() {
        long caseId = aCase();
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
        Page page = browser.newPage("zh-CN");
        login(page, "counsellor", DemoMode.DEMO_PASSWORD);
        page.navigate(url("cases/" + caseId));
        assertThat(page.locator("#case-title")).hasText("夜间催收");

        tab(page, "催收事件");
        for (String time : new String[] {"23:10", "23:40", "00:20"}) {
            // 00:20 belongs to the next Beijing day: still night.
            LocalDate day = time.startsWith("00") ? yesterday.plusDays(1) : yesterday;
            logIncident(page, day, time, "电话", "客户本人", null, "深夜来电催款");
        }
        logIncident(page, yesterday, "10:05", "微信/App 消息", "同事或单位", "向他人透露债务",
                "给客户单位主管发微信称客户欠钱不还");
        Locator grid = page.locator("#incidents-grid");
        assertThat(grid.locator(".incident-flag[data-rule='NIGHT_CONTACT']")).hasCount(3);
        assertThat(grid.locator(".incident-flag[data-rule='THIRD_PARTY_CONTACT']")).hasCount(1);
        assertThat(grid.locator(".incident-flag[data-rule='NO_DISCLOSURE']")).hasCount(1);

        // The screenshot of the message is kept with its incident.
        grid.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("同事或单位"))
                .first().click();
        page.locator("#incident-evidence #evidence-attach-upload input[type=file]")
                .setInputFiles(new FilePayload("单位微信截图.png", "image/png", png()));
        assertThat(page.locator("#evidence-attachments")).containsText("单位微信截图.png");
        page.locator("#incident-cancel").click();
        assertThat(page.locator("#incident-dialog")).hasCount(0);

        tab(page, "投诉");
        page.locator("#complaint-new").click();
        choose(page, "#complaint-respondent", "其他机构");
        page.locator("#complaint-agency-name input").fill(AGENCY);
        page.locator("#complaint-incidents input").click();
        Locator items = page.locator("vaadin-multi-select-combo-box-item:visible");
        assertThat(items).hasCount(4);
        for (int i = 0; i < 4; i++) {
            items.nth(i).click();
        }
        page.locator("#complaint-incidents input").press("Escape");
        // Harassing night calls: 12321 is among the suggestions; one click picks it.
        page.locator("#complaint-suggestion-MIIT_12321").click();
        assertThat(page.locator("#complaint-channel")).containsText("12321");
        page.locator("#complaint-ask textarea").fill("责令停止夜间骚扰，不再联系客户单位");
        page.locator("#complaint-save").click();
        assertThat(page.locator("#complaint-status")).containsText("草稿");

        page.locator("#complaint-file").click();
        page.locator("#complaint-reference input").fill("12321-2026-000123");
        page.locator("#complaint-file-confirm").click();
        assertThat(page.locator("#complaint-status")).containsText("已提交");
        assertThat(page.locator("#complaint-due")).containsText("无固定期限");

        String pngHash = sha256(png());
        String letter = pdfText(download(page, "#complaint-letter"));
        assertThat(letter).contains(AGENCY, "给客户单位主管发微信称客户欠钱不还", "深夜来电催款", "12321", pngHash);

        Map<String, byte[]> bundle = unzip(download(page, "#complaint-bundle"));
        assertThat(bundle).containsKey("SHA256SUMS");
        assertThat(bundle.keySet()).anyMatch(name -> name.endsWith(".pdf"))
                .anyMatch(name -> name.endsWith("单位微信截图.png"));
        String sums = new String(bundle.get("SHA256SUMS"), StandardCharsets.UTF_8);
        assertThat(sums).contains(pngHash);
        int checked = 0;
        for (String line : sums.split("\n")) {
            String[] parts = line.split(" [ *]", 2);
            assertThat(bundle).containsKey(parts[1]);
            assertThat(sha256(bundle.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
            checked++;
        }
        assertThat(checked).isEqualTo(bundle.size() - 2); // all but the two manifests

        // The organisation's report counts the agency.
        page.navigate(url("reports/conduct"));
        assertThat(page.locator("#report-violations-grid")).containsText(AGENCY);
        assertThat(page.locator("#report-complaints-grid")).containsText(AGENCY);
    }

    private static void logIncident(Page page, LocalDate day, String time, String channel, String reached,
                                    String category, String description) {
        page.locator("#incident-new").click();
        Locator when = page.locator("#incident-when input");
        when.nth(0).fill(TYPED.format(day));
        when.nth(0).press("Enter");
        when.nth(1).fill(time);
        when.nth(1).press("Enter");
        choose(page, "#incident-channel", channel);
        page.locator("#incident-collector-name input").fill(AGENCY);
        page.locator("#incident-collector-number input").fill("075588881234");
        choose(page, "#incident-reached", reached);
        if (category != null) {
            page.locator("#incident-categories vaadin-checkbox").filter(new Locator.FilterOptions()
                    .setHasText(category)).click();
        }
        page.locator("#incident-description textarea").fill(description);
        page.locator("#incident-save").click();
        assertThat(page.locator("#incident-dialog")).hasCount(0);
        assertThat(page.locator("#incidents-grid")).containsText(day + " " + time);
    }

    private long aCase() {
        SignedIn.as("counsellor", Role.COUNSELLOR);
        try {
            return cases.openCase(Intakes.intake("夜间催收", "13812345679")).caseId();
        } finally {
            SignedIn.nobody();
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A one-pixel PNG's signature and header: enough for the vault's type check. */
    private static byte[] png() {
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
        return Arrays.copyOf(header, 200);
    }
}
