package org.reliefdesk.agreement;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import com.vaadin.flow.i18n.I18NProvider;
import org.reliefdesk.platform.Translations;

/**
 * An agreement (民法典 第668条) drawn in Chinese on A4. Both bundled fonts are embedded as
 * subsets: DroidSansFallback for Chinese, DejaVu Sans for ASCII (the CJK font has no Latin
 * glyphs); a character neither has becomes "?" rather than failing (decision 013).
 */
final class AgreementPdf {

    static final String CJK_FONT = "/fonts/DroidSansFallbackFull.ttf";
    static final String LATIN_FONT = "/fonts/DejaVuSans.ttf";
    private static final float MARGIN = 56;
    private static final float BODY = 10.5f;
    private static final float HEADING = 12.5f;

    /** What the PDF shows: the agreement, the borrower, the ID number as it may be shown, the date drawn up. */
    record Document(AgreementView agreement, String borrowerName, String idNumber, java.time.LocalDate printedOn) {
    }

    record Line(String text, float size, float indent) {
    }

    private final I18NProvider translations;

    AgreementPdf(I18NProvider translations) {
        this.translations = translations;
    }

    private String t(String key, Object... params) {
        return translations.getTranslation(key, Translations.CHINESE, params);
    }

    /** The document's lines in order; pure text, so tests can check every required field. */
    List<Line> lines(Document doc) {
        AgreementView a = doc.agreement();
        List<Line> out = new ArrayList<>();
        out.add(new Line(t("agreement.pdf.title"), 16, 0));
        out.add(new Line(t("agreement.pdf.number", a.id(), a.revision(), doc.printedOn().toString()), 9, 0));
        out.add(new Line(t("agreement.pdf.section.parties"), HEADING, 0));
        out.add(new Line(t("agreement.pdf.borrower", doc.borrowerName()), BODY, 12));
        out.add(new Line(t("agreement.pdf.idNumber", doc.idNumber()), BODY, 12));
        out.add(new Line(t("agreement.pdf.lender", a.lenderName()), BODY, 12));
        out.add(new Line(t("agreement.pdf.registeredName", a.registeredName()), BODY, 12));
        out.add(new Line(t("agreement.pdf.section.loan"), HEADING, 0));
        if (a.contractDate() != null) {
            out.add(new Line(t("agreement.pdf.contractDate", a.contractDate().toString()), BODY, 12));
        }
        out.add(new Line(t("agreement.pdf.originalAmount", a.originalPrincipal().format()), BODY, 12));
        out.add(new Line(t("agreement.pdf.rate", a.nominalRate().stripTrailingZeros().toPlainString(),
                t("agreement.rateBasis." + a.rateBasis())), BODY, 12));
        out.add(new Line(t("agreement.pdf.repaid", a.paidBefore().format()), BODY, 12));
        out.add(new Line(t("agreement.pdf.owed", a.balance().format()), BODY, 12));
        out.add(new Line(t("agreement.pdf.section.terms"), HEADING, 0));
        out.add(new Line(t("agreement.pdf.remaining", a.agreedTotal().format()), BODY, 12));
        if (a.waivePenaltyInterest()) {
            out.add(new Line(t("agreement.pdf.waivePenalty"), BODY, 12));
        }
        if (a.waiveLateFees()) {
            out.add(new Line(t("agreement.pdf.waiveLateFees"), BODY, 12));
        }
        if (a.discountPercent() != null) {
            out.add(new Line(t("agreement.pdf.discount", a.discountPercent().stripTrailingZeros().toPlainString()),
                    BODY, 12));
        }
        out.add(new Line(t("agreement.pdf.waived", a.waived().format()), BODY, 12));
        out.add(new Line(t("agreement.pdf.section.schedule", a.schedule().size()), HEADING, 0));
        for (InstalmentState i : a.schedule()) {
            out.add(new Line(t("agreement.pdf.instalment", i.instalment().number(), i.instalment().due().toString(),
                    i.instalment().amount().format()), BODY, 12));
        }
        out.add(new Line(t("agreement.pdf.scheduleTotal", a.agreedTotal().format()), BODY, 12));
        out.add(new Line(t("agreement.pdf.section.default"), HEADING, 0));
        out.add(new Line(t("agreement.pdf.grace", a.graceDays()), BODY, 12));
        out.add(new Line(t("agreement.pdf.lapse", a.lapseAfterMissed(), a.graceDays()), BODY, 12));
        out.add(new Line(t("agreement.pdf.section.pause"), HEADING, 0));
        out.add(new Line(a.hasPause() ? t("agreement.pdf.pause", a.pauseFrom().toString(), a.pauseUntil().toString())
                : t("agreement.pdf.noPause"), BODY, 12));
        out.add(new Line(t("agreement.pdf.section.signatures"), HEADING, 0));
        out.add(new Line(t("agreement.pdf.signBorrower"), BODY, 12));
        out.add(new Line(t("agreement.pdf.signLender"), BODY, 12));
        return out;
    }

    void write(Document doc, OutputStream out) {
        try (PDDocument pdf = new PDDocument(); InputStream cjkBytes = AgreementPdf.class.getResourceAsStream(CJK_FONT);
             InputStream latinBytes = AgreementPdf.class.getResourceAsStream(LATIN_FONT)) {
            if (cjkBytes == null || latinBytes == null) {
                throw new IllegalStateException("A bundled font is missing");
            }
            Pages pages = new Pages(pdf, PDType0Font.load(pdf, cjkBytes, true), PDType0Font.load(pdf, latinBytes, true));
            pdf.getDocumentInformation().setTitle("Agreement " + doc.agreement().id());
            pdf.getDocumentInformation().setCreator("ReliefDesk");
            for (Line line : lines(doc)) {
                pages.paragraph(line);
            }
            pages.close();
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paragraphs down A4 pages: wrapped at the margin, each character in the font that has it. */
    private static final class Pages {

        private final PDDocument pdf;
        private final PDFont cjk;
        private final PDFont latin;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream content;
        private float y;

        Pages(PDDocument pdf, PDFont cjk, PDFont latin) throws IOException {
            this.pdf = pdf;
            this.cjk = cjk;
            this.latin = latin;
            page();
        }

        void paragraph(Line line) throws IOException {
            float leading = line.size() * 1.6f;
            for (String row : wrap(line.text(), line.size(), width - line.indent())) {
                if (y - leading < MARGIN) {
                    page();
                }
                y -= leading;
                float x = MARGIN + line.indent();
                for (int i = 0; i < row.length(); ) {
                    // a run of characters drawn in the same font
                    PDFont font = font(row.codePointAt(i));
                    int end = i;
                    while (end < row.length() && font(row.codePointAt(end)) == font) {
                        end += Character.charCount(row.codePointAt(end));
                    }
                    String run = row.substring(i, end);
                    content.beginText();
                    content.setFont(font, line.size());
                    content.newLineAtOffset(x, y);
                    content.showText(run);
                    content.endText();
                    x += font.getStringWidth(run) / 1000 * line.size();
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
            String clean = printable(text);
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

        private final java.util.Map<PDFont, java.util.Map<Integer, Boolean>> glyphs = new java.util.HashMap<>();

        private boolean has(PDFont font, int cp) {
            return glyphs.computeIfAbsent(font, f -> new java.util.HashMap<>()).computeIfAbsent(cp, c -> {
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
