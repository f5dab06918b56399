package org.reliefdesk.complaint;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.reliefdesk.evidence.EvidenceItem;
import com.vaadin.flow.i18n.I18NProvider;
import org.reliefdesk.platform.Translations;

/**
 * Draws a complaint letter in Chinese on A4: the bundled CJK font embedded as a subset
 * (so it renders on any machine and its text can be extracted), lines wrapped to the
 * page, new pages as needed. The CJK font has no Latin letters or digits; those are
 * drawn in the bundled DejaVu Sans, also embedded as a subset, so no glyph depends on
 * the reader's fonts (decision 011).
 */
public final class LetterPdf {

    static final String FONT = "/fonts/DroidSansFallbackFull.ttf";
    static final String LATIN_FONT = "/fonts/DejaVuSans.ttf";
    private static final Locale ZH = Translations.CHINESE;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);
    private static final float MARGIN = 56;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 16;

    private final I18NProvider translations;

    public LetterPdf(I18NProvider translations) {
        this.translations = translations;
    }

    public void write(ComplaintLetter letter, OutputStream out) {
        try (PDDocument doc = new PDDocument(); InputStream fontBytes = LetterPdf.class.getResourceAsStream(FONT);
             InputStream latinBytes = LetterPdf.class.getResourceAsStream(LATIN_FONT)) {
            if (fontBytes == null || latinBytes == null) {
                throw new IllegalStateException("Font " + FONT + " or " + LATIN_FONT + " is missing");
            }
            PDType0Font cjk = PDType0Font.load(doc, fontBytes, true);
            PDType0Font latin = PDType0Font.load(doc, latinBytes, true);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Complaint " + letter.complaintId());
            info.setCreator("ReliefDesk");
            Writer w = new Writer(doc, cjk, latin);
            lines(letter).forEach(line -> w.paragraph(line.text(), line.size(), line.indent()));
            w.finish();
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Line(String text, float size, float indent) {
    }

    private String t(String key, Object... params) {
        return translations.getTranslation(key, ZH, params);
    }

    /** The letter's paragraphs, in order; pure text, so tests can check what is said. */
    List<Line> lines(ComplaintLetter l) {
        List<Line> out = new ArrayList<>();
        out.add(new Line(t("complaint.letter.title"), 16, 0));
        out.add(new Line(t("complaint.letter.to", l.channel().nameZh()), SIZE, 0));
        out.add(new Line(t("complaint.letter.date", l.date().toString()), SIZE, 0));
        out.add(new Line("", SIZE, 0));
        out.add(new Line(t("complaint.letter.section.client"), 12.5f, 0));
        out.add(new Line(t("complaint.letter.clientName", l.clientName()), SIZE, 12));
        out.add(new Line(t("complaint.letter.idNumber", l.idNumber()), SIZE, 12));
        out.add(new Line(t("complaint.letter.phone", l.phone()), SIZE, 12));
        out.add(new Line(t("complaint.letter.section.respondent"), 12.5f, 0));
        out.add(new Line(l.respondentName() + "（" + (l.agency() || l.respondentLenderType() == null ? t("complaint.respondent.agency")
                : t("complaint.lenderType." + l.respondentLenderType())) + "）", SIZE, 12));
        if (l.debtLabel() != null) {
            out.add(new Line(t("complaint.letter.debt", l.debtLabel()), SIZE, 12));
        }
        out.add(new Line(t("complaint.letter.section.facts"), 12.5f, 0));
        if (l.facts().isEmpty()) {
            out.add(new Line(t("complaint.letter.noIncidents"), SIZE, 12));
        }
        int n = 1;
        for (IncidentFact f : l.facts()) {
            String categories = f.categoryKeys().stream().map(this::t).collect(Collectors.joining("、"));
            out.add(new Line(t("complaint.letter.fact", n++, WHEN.format(f.occurredAt()), t(f.channelKey()),
                    f.collectorName() + (f.collectorNumber() == null ? "" : "（" + f.collectorNumber() + "）"),
                    t(f.reachedKey()), categories), SIZE, 12));
            if (f.description() != null && !f.description().isBlank()) {
                out.add(new Line(t("complaint.letter.description", f.description().strip()), SIZE, 24));
            }
        }
        out.add(new Line(t("complaint.letter.section.rules"), 12.5f, 0));
        List<BrokenRule> rules = l.rules();
        if (rules.isEmpty() && l.otherGrievances().isEmpty()) {
            out.add(new Line(t("complaint.letter.noRules"), SIZE, 12));
        }
        for (BrokenRule r : rules) {
            out.add(new Line(t("complaint.letter.rule", r.titleZh(), r.summaryZh(), r.source()), SIZE, 12));
        }
        l.otherGrievances().stream().sorted().forEach(g -> out.add(new Line(t("complaint.letter.grievance",
                t("complaint.grievance." + g), t("complaint.grievance." + g + ".source")), SIZE, 12)));
        out.add(new Line(t("complaint.letter.section.ask"), 12.5f, 0));
        out.add(new Line(l.ask() == null || l.ask().isBlank() ? t("complaint.letter.noAsk") : l.ask().strip(),
                SIZE, 12));
        out.add(new Line(t("complaint.letter.section.evidence"), 12.5f, 0));
        if (l.evidence().isEmpty()) {
            out.add(new Line(t("complaint.letter.noEvidence"), SIZE, 12));
        }
        int e = 1;
        for (EvidenceItem item : l.evidence().stream().sorted(Comparator.comparing(EvidenceItem::uploadedAt)
                .thenComparing(EvidenceItem::id)).toList()) {
            out.add(new Line(t("complaint.letter.evidenceItem", e++, ComplaintLetter.bundleName(item),
                    t("evidence.category." + item.category()),
                    WHEN.format(item.uploadedAt()).substring(0, 10)), SIZE, 12));
            out.add(new Line("SHA-256: " + item.sha256(), 9, 24));
        }
        out.add(new Line("", SIZE, 0));
        out.add(new Line(t("complaint.letter.closing"), SIZE, 0));
        out.add(new Line(t("complaint.letter.signature", l.clientName(), l.date().toString()), SIZE, 0));
        return out;
    }

    /** Lays out paragraphs top to bottom, wrapping by width and starting pages as needed. */
    private static final class Writer {

        private final PDDocument doc;
        private final PDFont cjk;
        private final PDFont latin;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private final java.util.Map<Integer, Boolean> known = new java.util.HashMap<>();
        private final java.util.Map<Integer, Boolean> knownLatin = new java.util.HashMap<>();
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument doc, PDFont cjk, PDFont latin) throws IOException {
            this.doc = doc;
            this.cjk = cjk;
            this.latin = latin;
            newPage();
        }

        void paragraph(String text, float size, float indent) {
            try {
                float leading = Math.max(LEADING, size * 1.5f);
                for (String line : wrap(text, size, width - indent)) {
                    if (y - leading < MARGIN) {
                        newPage();
                    }
                    y -= leading;
                    draw(line, size, MARGIN + indent, y);
                }
                if (text.isEmpty()) {
                    y -= leading / 2;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void finish() throws IOException {
            stream.close();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        /** Draws a line as runs of one font each. */
        private void draw(String line, float size, float x, float baseline) throws IOException {
            float at = x;
            for (Run run : runs(line)) {
                stream.beginText();
                stream.setFont(run.font(), size);
                stream.newLineAtOffset(at, baseline);
                stream.showText(run.text());
                stream.endText();
                at += run.font().getStringWidth(run.text()) / 1000 * size;
            }
        }

        private List<String> wrap(String text, float size, float available) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            float used = 0;
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                String ch = safe(cp);
                float w = fontFor(ch).getStringWidth(ch) / 1000 * size;
                if (used + w > available && !current.isEmpty()) {
                    lines.add(current.toString());
                    current.setLength(0);
                    used = 0;
                }
                current.append(ch);
                used += w;
                i += Character.charCount(cp);
            }
            if (!current.isEmpty() || lines.isEmpty()) {
                lines.add(current.toString());
            }
            return lines;
        }

        private record Run(PDFont font, String text) {
        }

        private List<Run> runs(String line) throws IOException {
            List<Run> runs = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            PDFont font = null;
            int i = 0;
            while (i < line.length()) {
                int cp = line.codePointAt(i);
                String ch = safe(cp);
                PDFont f = fontFor(ch);
                if (font != null && f != font) {
                    runs.add(new Run(font, current.toString()));
                    current.setLength(0);
                }
                font = f;
                current.append(ch);
                i += Character.charCount(cp);
            }
            if (font != null && !current.isEmpty()) {
                runs.add(new Run(font, current.toString()));
            }
            return runs;
        }

        /** The character itself when a font has it, otherwise a replacement (never a failure). */
        private String safe(int cp) throws IOException {
            String ch = new String(Character.toChars(cp));
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                return " ";
            }
            if (cp >= 0x20 && cp < 0x7f) {
                return ch;
            }
            if (known.computeIfAbsent(cp, c -> has(cjk, c)) || knownLatin.computeIfAbsent(cp, c -> has(latin, c))) {
                return ch;
            }
            return "?";
        }

        private static boolean has(PDFont font, int cp) {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }

        /** ASCII in the Latin font; everything else in the CJK font when it has it (Chinese punctuation too). */
        private PDFont fontFor(String ch) {
            int cp = ch.codePointAt(0);
            if (cp >= 0x20 && cp < 0x7f) {
                return latin;
            }
            return known.computeIfAbsent(cp, c -> has(cjk, c)) ? cjk : latin;
        }
    }
}
