package org.reliefdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ChinesePdfTest {

    private static final float MARGIN = 56;
    private static final String MIXED = "借款人欧阳明 owes ¥12,345.67 to 重庆蚂蚁消费金融有限公司 "
            + "under contract HB-2024-000123（借呗），年利率18%，first due 2026-01-31；";

    /** Every glyph drawn on a page (1-based), with its position and font. */
    private static List<TextPosition> glyphs(PDDocument doc, int page) throws IOException {
        List<TextPosition> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                out.add(text);
                super.processTextPosition(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return out;
    }

    private static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    private static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    @Test
    void a_long_mixed_chinese_and_latin_line_wraps_inside_the_page_width_and_keeps_every_character() throws Exception {
        String line = MIXED.repeat(4);
        byte[] bytes;
        try (ChinesePdf pdf = ChinesePdf.open("Wrapping")) {
            List<String> rows = pdf.rows(line, ChinesePdf.BODY, ChinesePdf.INDENT);
            assertThat(rows).hasSizeGreaterThan(2);
            assertThat(String.join("", rows)).isEqualTo(line);
            bytes = pdf.heading("一、借款").item(line).finish();
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            List<TextPosition> glyphs = glyphs(doc, 1);
            float right = PDRectangle.A4.getWidth() - MARGIN;
            assertThat(glyphs).allSatisfy(g -> assertThat(g.getXDirAdj() + g.getWidthDirAdj())
                    .isLessThanOrEqualTo(right + 0.01f));
            // The item's rows start at the indent, one below the other.
            List<Float> rowStarts = glyphs.stream().filter(g -> g.getXDirAdj() == MARGIN + ChinesePdf.INDENT)
                    .map(TextPosition::getYDirAdj).distinct().toList();
            assertThat(rowStarts).hasSizeGreaterThan(2).isSorted();
            // Some row is filled to within two characters of the right margin: wrapped by width, not by count.
            double widest = glyphs.stream().mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj()).max().orElse(0);
            assertThat(widest).isGreaterThan(right - 2 * ChinesePdf.BODY);
            assertThat(text(doc).replaceAll("\\s+", "")).isEqualTo(("一、借款" + line).replaceAll("\\s+", ""));
        }
    }

    @Test
    void a_full_page_continues_on_the_next_one_from_the_top_in_order() throws Exception {
        byte[] bytes;
        try (ChinesePdf pdf = ChinesePdf.open("Pages")) {
            pdf.title("还款协议");
            for (int i = 1; i <= 80; i++) {
                pdf.item("第" + i + "期 instalment " + i);
            }
            bytes = pdf.finish();
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            String text = text(doc);
            int last = -1;
            for (int i = 1; i <= 80; i++) {
                int at = text.indexOf("第" + i + "期 instalment " + i + System.lineSeparator());
                assertThat(at).as("line %d after line %d", i, i - 1).isGreaterThan(last);
                last = at;
            }
            assertThat(text(doc, 2)).doesNotContain("第1期").contains("第80期");
            // The first page is filled to its bottom margin; the second starts one line below its top margin.
            float leading = ChinesePdf.BODY * 1.6f;
            float height = PDRectangle.A4.getHeight();
            assertThat(glyphs(doc, 1).stream().map(TextPosition::getYDirAdj).max(Float::compare).orElseThrow())
                    .isBetween(height - MARGIN - leading, height - MARGIN);
            assertThat(glyphs(doc, 2).stream().map(TextPosition::getYDirAdj).min(Float::compare).orElseThrow())
                    .isCloseTo(MARGIN + leading, Offset.offset(0.5f));
        }
    }

    @Test
    void both_bundled_fonts_are_embedded_as_subsets_and_each_run_is_drawn_in_the_font_that_has_it() throws Exception {
        byte[] bytes;
        try (ChinesePdf pdf = ChinesePdf.open("Fonts")) {
            bytes = pdf.title("个人信息副本").labelValue("Name 姓名", "Ouyang Ming 欧阳明").finish();
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDPage page = doc.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).hasSize(2).allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
            });
            assertThat(fonts).extracting(PDFont::getName)
                    .anySatisfy(name -> assertThat(name).contains("DejaVuSans"))
                    .anySatisfy(name -> assertThat(name).contains("DroidSansFallback"));
            for (TextPosition g : glyphs(doc, 1)) {
                String expected = g.getUnicode().codePointAt(0) < 0x80 ? "DejaVuSans" : "DroidSansFallback";
                assertThat(g.getFont().getName()).as("font of %s", g.getUnicode()).contains(expected);
            }
            assertThat(text(doc).replaceAll("\\s+", "")).isEqualTo("个人信息副本Name姓名:OuyangMing欧阳明");
        }
        // Subsets, not the whole 4 MB and 0.7 MB fonts.
        assertThat(bytes.length).isLessThan(100_000);
    }

    @Test
    void control_characters_become_spaces_and_a_character_no_font_has_becomes_a_question_mark() throws Exception {
        byte[] bytes;
        try (ChinesePdf pdf = ChinesePdf.open("Odd characters")) {
            bytes = pdf.paragraph("张\u0007伟\tA" + new String(Character.toChars(0x10FFFD)) + "B").finish();
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(text(doc).strip().replaceAll("\\s+", " ")).isEqualTo("张 伟 A?B");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Odd characters");
        }
    }
}
