package org.reliefdesk.privacy;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.reliefdesk.platform.Translations;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the client's copy. JSON keys are stable and English (the section keys and label keys);
 * labels and titles are added in the reader's language. The PDF embeds both bundled fonts as
 * subsets like the agreement and the complaint letter: DroidSansFallback for Chinese, DejaVu
 * Sans for Latin; a character neither has becomes "?".
 */
@Component
class CopyWriter {

    static final String FORMAT = "reliefdesk.personal-data.v1";
    private static final String CJK_FONT = "/fonts/DroidSansFallbackFull.ttf";
    private static final String LATIN_FONT = "/fonts/DejaVuSans.ttf";
    private static final float MARGIN = 56;

    private final I18NProvider translations;

    CopyWriter(I18NProvider translations) {
        this.translations = translations;
    }

    byte[] json(long caseId, List<PersonalDataSection> sections, Locale locale, Instant at) {
        Locale reader = Translations.supported(locale);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("caseId", caseId);
        root.put("generatedAt", at.toString());
        root.put("language", reader.toLanguageTag());
        Map<String, Object> bySection = new LinkedHashMap<>();
        for (PersonalDataSection section : sections) {
            List<Map<String, String>> items = new ArrayList<>();
            for (PersonalDataSection.Item item : section.items()) {
                Map<String, String> entry = new LinkedHashMap<>();
                entry.put("field", item.labelKey());
                entry.put("label", t(reader, item.labelKey()));
                entry.put("value", item.value());
                if (item.valueKey() != null) {
                    entry.put("text", t(reader, item.valueKey()));
                }
                items.add(entry);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", t(reader, section.titleKey()));
            body.put("items", items);
            bySection.put(section.key(), body);
        }
        root.put("sections", bySection);
        return JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    byte[] pdf(long caseId, List<PersonalDataSection> sections, Locale locale, Instant at) {
        Locale reader = Translations.supported(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument(); InputStream cjkBytes = CopyWriter.class.getResourceAsStream(CJK_FONT);
             InputStream latinBytes = CopyWriter.class.getResourceAsStream(LATIN_FONT)) {
            if (cjkBytes == null || latinBytes == null) {
                throw new IllegalStateException("A bundled font is missing");
            }
            Pages pages = new Pages(pdf, PDType0Font.load(pdf, cjkBytes, true),
                    PDType0Font.load(pdf, latinBytes, true));
            pdf.getDocumentInformation().setTitle("Personal data, case " + caseId);
            pdf.getDocumentInformation().setCreator("ReliefDesk");
            pages.paragraph(t(reader, "privacy.pdf.title"), 16, 0);
            pages.paragraph(t(reader, "privacy.pdf.generated", caseId, at.toString()), 9, 0);
            for (PersonalDataSection section : sections) {
                pages.paragraph(t(reader, section.titleKey()), 12.5f, 0);
                if (section.items().isEmpty()) {
                    pages.paragraph(t(reader, "privacy.none"), 10.5f, 12);
                }
                for (PersonalDataSection.Item item : section.items()) {
                    String value = item.valueKey() != null ? t(reader, item.valueKey()) : item.value();
                    pages.paragraph(t(reader, item.labelKey()) + ": " + value, 10.5f, 12);
                }
            }
            pages.close();
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    /** Paragraphs down A4 pages: wrapped at the margin, each character in the font that has it. */
    private static final class Pages {

        private final PDDocument pdf;
        private final PDFont cjk;
        private final PDFont latin;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();
        private PDPageContentStream content;
        private float y;

        Pages(PDDocument pdf, PDFont cjk, PDFont latin) throws IOException {
            this.pdf = pdf;
            this.cjk = cjk;
            this.latin = latin;
            page();
        }

        void paragraph(String text, float size, float indent) throws IOException {
            float leading = size * 1.6f;
            for (String row : wrap(text, size, width - indent)) {
                if (y - leading < MARGIN) {
                    page();
                }
                y -= leading;
                float x = MARGIN + indent;
                for (int i = 0; i < row.length(); ) {
                    PDFont font = font(row.codePointAt(i));
                    int end = i;
                    while (end < row.length() && font(row.codePointAt(end)) == font) {
                        end += Character.charCount(row.codePointAt(end));
                    }
                    String run = row.substring(i, end);
                    content.beginText();
                    content.setFont(font, size);
                    content.newLineAtOffset(x, y);
                    content.showText(run);
                    content.endText();
                    x += font.getStringWidth(run) / 1000 * size;
                    i = end;
                }
            }
        }

        void close() throws IOException {
            content.close();
        }

        private void page() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            content = new PDPageContentStream(pdf, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private List<String> wrap(String text, float size, float available) throws IOException {
            String clean = printable(text == null ? "" : text);
            List<String> rows = new ArrayList<>();
            StringBuilder row = new StringBuilder();
            float used = 0;
            for (int i = 0; i < clean.length(); ) {
                int cp = clean.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float w = font(cp).getStringWidth(ch) / 1000 * size;
                if (used + w > available && !row.isEmpty()) {
                    rows.add(row.toString());
                    row.setLength(0);
                    used = 0;
                }
                row.append(ch);
                used += w;
                i += Character.charCount(cp);
            }
            rows.add(row.toString());
            return rows;
        }

        /** Controls become spaces and characters neither font has become "?". */
        private String printable(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                if (Character.isISOControl(cp)) {
                    out.append(' ');
                } else if (cp < 0x80 || has(cjk, cp) || has(latin, cp)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private PDFont font(int cp) {
            return cp < 0x80 || !has(cjk, cp) ? latin : cjk;
        }

        private boolean has(PDFont font, int cp) {
            return glyphs.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
        }
    }
}
