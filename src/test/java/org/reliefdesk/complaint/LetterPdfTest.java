package org.reliefdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.reliefdesk.evidence.EvidenceCategory;
import org.reliefdesk.evidence.EvidenceItem;

class LetterPdfTest {

    private static byte[] render(ComplaintLetter letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LetterPdf(LetterSamples.WORDS).write(letter, out);
        return out.toByteArray();
    }

    private static List<EvidenceItem> evidence() {
        return List.of(
                LetterSamples.item(31, "夜间来电录音.amr", EvidenceCategory.CALL_RECORDING,
                        LetterSamples.bytes("recording"), Instant.parse("2026-02-11T02:00:00Z")),
                LetterSamples.item(32, "短信截图.png", EvidenceCategory.MESSAGE_SCREENSHOT,
                        LetterSamples.bytes("screenshot"), Instant.parse("2026-02-12T02:00:00Z")));
    }

    @Test
    void the_letter_tells_the_chinese_facts_rules_ask_and_every_evidence_hash() throws Exception {
        List<EvidenceItem> items = evidence();
        byte[] pdf = render(LetterSamples.letter(items, 1));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("投诉信", "12321网络不良与垃圾信息举报受理中心", "张伟", "13800138000",
                    "110105********1234", "某某消费金融有限公司", "消费金融公司");
            assertThat(text).contains("晚上十一点打电话威胁", "2026-02-1023:00", "电话", "本人", "威胁使用暴力",
                    "深圳某某资产管理有限公司");
            assertThat(text).contains("夜间催收", "GB/T45251-2025", "刑法第293条之一", "砍头息", "民法典第670条");
            assertThat(text).contains("请责令停止夜间骚扰并删除通讯录数据", "通话录音", "聊天记录截图");
            for (EvidenceItem item : items) {
                assertThat(text).contains(item.sha256());
            }
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
        }
    }

    @Test
    void every_font_is_embedded_as_a_subset_so_no_glyph_depends_on_the_reader() throws Exception {
        try (PDDocument doc = Loader.loadPDF(render(LetterSamples.letter(evidence(), 1)))) {
            PDPage page = doc.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            // The CJK font and the Latin one for letters and digits (the hashes are Latin).
            assertThat(fonts).hasSize(2).allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
            });
            assertThat(fonts).anySatisfy(font -> assertThat(font.getName()).contains("DejaVuSans"));
        }
        // Subsets, not the whole 4 MB and 0.7 MB fonts.
        assertThat(render(LetterSamples.letter(evidence(), 1)).length).isLessThan(400_000);
    }

    @Test
    void a_long_letter_wraps_its_lines_and_continues_on_new_pages() throws Exception {
        try (PDDocument doc = Loader.loadPDF(render(LetterSamples.letter(evidence(), 40)))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("第40次夜间来电", evidence().get(1).sha256());
        }
    }
}
